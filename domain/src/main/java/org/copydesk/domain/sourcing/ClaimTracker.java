package org.copydesk.domain.sourcing;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.domain.story.Block;

/**
 * Keeps a story's attributions in step with its text after a change (docs/sourcing.md, "Claims follow
 * edits"). Plain Java: the caller loads the attributions, runs the detector on the new text and stores what
 * this answers.
 *
 * <ol>
 * <li>An attribution whose words are still in its block stays, at their new place.</li>
 * <li>One whose words changed but that is the same claim follows the new words and keeps its decision,
 * marked "changed since review": a detected claim in the new text with the same speaker whose sentence is
 * mostly the same sentence; otherwise (a claim marked by hand, words the detector no longer reads as a claim)
 * nearly the same sentence, with the old words found in it by word alignment and no detected claim on
 * them.</li>
 * <li>Otherwise it is gone from the text: a decided one stays on record and blocks nothing, an undecided one is
 * dropped.</li>
 * <li>Every detected claim not covered by a present attribution is a new proposal.</li>
 * </ol>
 * A claim whose speaker changed ("officials said" → "a senior diplomat told reporters") is another claim:
 * the old one is gone and the new one must be sourced.
 */
public final class ClaimTracker {

    /** How much of the old sentence must survive, as a share of words (Dice coefficient over word lists). */
    static final double SAME_SENTENCE = 0.5;
    /** Without a detected speaker to compare (a claim marked by hand, say), the sentence must be closer. */
    static final double SAME_SENTENCE_MANUAL = 0.7;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.,][\\p{L}\\p{N}]+)*");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?]+(?:[.!?]+[\"”’)]*|$)");

    private ClaimTracker() {}

    /** What the caller stores: attributions to delete and detections to add as new proposals. */
    public record Outcome(List<Attribution> dropped, List<DetectedAttribution> added) {}

    /**
     * Reconciles {@code existing} (changed in place) with the new {@code blocks} and what the detector found in
     * them. {@code names} gives the names an attribution's speaker answers to (its proposal, its linked
     * source's name and aliases); {@code by} and {@code now} are recorded on claims that changed.
     */
    public static Outcome reconcile(
            List<Block> blocks,
            List<Attribution> existing,
            List<DetectedAttribution> detected,
            Function<Attribution, Set<String>> names,
            String by,
            Instant now) {
        Map<String, String> text = new HashMap<>();
        for (Block b : blocks) {
            text.put(b.key(), b.text());
        }
        // claims that stood in the text until this change are settled before records already gone from it: a
        // decision made on a cut sentence never comes back on another claim's words
        List<Attribution> present =
                existing.stream().filter(Attribution::isPresent).toList();
        List<Attribution> gone = existing.stream().filter(a -> !a.isPresent()).toList();
        Pass pass = new Pass(blocks, detected, names, by, now);
        pass.place(placeUnchanged(present, text, List.of()));
        present.stream().filter(a -> !pass.placed.contains(a)).forEach(pass::followOrLose);
        // a record whose very words are back where no claim stands (a cut undone) is in the text again
        pass.place(placeUnchanged(gone, text, pass.placed));
        gone.stream().filter(a -> !pass.placed.contains(a)).forEach(pass::followOrLose);
        return new Outcome(pass.dropped, pass.free);
    }

    /** One reconciliation: what is placed so far, the detections nobody answers for yet, what is dropped. */
    private static final class Pass {
        final List<Block> blocks;
        final List<DetectedAttribution> detected;
        final Function<Attribution, Set<String>> names;
        final String by;
        final Instant now;
        final List<Attribution> placed = new ArrayList<>();
        final List<DetectedAttribution> free;
        final List<Attribution> dropped = new ArrayList<>();

        Pass(
                List<Block> blocks,
                List<DetectedAttribution> detected,
                Function<Attribution, Set<String>> names,
                String by,
                Instant now) {
            this.blocks = blocks;
            this.detected = detected;
            this.names = names;
            this.by = by;
            this.now = now;
            this.free = new ArrayList<>(detected);
        }

        /** Claims found at their words: their sentence kept current, the detections on them answered for. */
        void place(List<Attribution> unchanged) {
            for (Attribution a : unchanged) {
                // words added elsewhere in its sentence: keep the claim's sentence current
                detected.stream()
                        .filter(d -> overlaps(a, d.blockKey(), d.start(), d.end()))
                        .findFirst()
                        .ifPresent(d -> a.restate(d.claim()));
                free.removeIf(d -> overlaps(a, d.blockKey(), d.start(), d.end()));
            }
            placed.addAll(unchanged);
        }

        /** A claim whose words are not in the text as they were: the same claim in new words, or gone. */
        void followOrLose(Attribution a) {
            if (!a.isDecided() && !a.isManual()) {
                // an undecided proposal whose words are gone is simply proposed again if it is still a claim
                a.relocate(a.getStart(), a.getEnd(), false);
                dropped.add(a);
                return;
            }
            DetectedAttribution same = a.isManual() ? null : sameClaim(a, free, names.apply(a));
            if (same != null) {
                a.follow(same.blockKey(), same.start(), same.end(), same.span(), same.claim(), by, now);
                free.remove(same);
                placed.add(a);
                return;
            }
            // a claim marked by hand, or one whose new words the detector does not read as a claim any more
            // ("Police said" → "Police believe"): the same sentence, the words found in it by alignment
            Span moved = align(a, blocks, detected, placed);
            if (moved != null) {
                a.follow(moved.blockKey(), moved.start(), moved.end(), moved.span(), moved.sentence(), by, now);
                free.removeIf(d -> overlaps(a, d.blockKey(), d.start(), d.end()));
                placed.add(a);
                return;
            }
            a.relocate(a.getStart(), a.getEnd(), false);
            if (!a.isDecided()) {
                dropped.add(a);
            }
        }
    }

    /**
     * After a copy fix replaced words in one block (oldText → newText), shifts that block's attributions so
     * that a fix inside a claim never unlinks it: a claim the fix touched takes in the new words and keeps its
     * decision (marked "changed since review"); claims after the fix move by the change in length.
     */
    public static void followCopyFix(
            List<Attribution> inBlock, String oldText, String newText, String by, Instant now) {
        int prefix = 0;
        int max = Math.min(oldText.length(), newText.length());
        while (prefix < max && oldText.charAt(prefix) == newText.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && oldText.charAt(oldText.length() - 1 - suffix) == newText.charAt(newText.length() - 1 - suffix)) {
            suffix++;
        }
        int oldEnd = oldText.length() - suffix;
        int delta = newText.length() - oldText.length();
        for (Attribution a : inBlock) {
            if (!a.isPresent()
                    || a.getEnd() > oldText.length()
                    || !oldText.regionMatches(
                            a.getStart(), a.getSpan(), 0, a.getSpan().length())) {
                continue; // not where it says it is: left to reconcile
            }
            if (a.getEnd() <= prefix) {
                continue;
            }
            if (a.getStart() >= oldEnd) {
                a.relocate(a.getStart() + delta, a.getEnd() + delta, true);
                continue;
            }
            int start = Math.min(a.getStart(), prefix);
            int end = Math.max(a.getEnd() + delta, oldEnd + delta);
            end = Math.min(Math.max(end, start + 1), newText.length());
            if (end <= start) {
                continue; // the fix removed the whole claim: reconcile will find it gone
            }
            String newSpan = newText.substring(start, end);
            // the claim's sentence takes in the fix too, so later changes are compared with what stands
            String claim =
                    a.getClaim().contains(a.getSpan()) ? a.getClaim().replace(a.getSpan(), newSpan) : a.getClaim();
            a.follow(a.getBlockKey(), start, end, newSpan, claim, by, now);
        }
    }

    /** The detected claim that is the same claim as {@code a}, or null. */
    static DetectedAttribution sameClaim(Attribution a, List<DetectedAttribution> candidates, Set<String> names) {
        DetectedAttribution best = null;
        double bestScore = 0;
        for (DetectedAttribution d : candidates) {
            if (!sameSpeaker(names, d.sourceName())) {
                continue;
            }
            double score = similarity(a.getClaim(), d.claim());
            if (d.blockKey().equals(a.getBlockKey())) {
                score += 0.01; // the same place wins a tie
            }
            if (score >= SAME_SENTENCE && score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * Whether a detected speaker is one of the names: the same name once case, accents, punctuation and a
     * leading article are set aside; one name is the other with words added ("Peskov", "Dmitry Peskov"), its
     * words a spelling fix apart or not ("Sergei Lavrov", "Foreign Minister Sergey Lavrov"); or a spelling fix
     * apart (at most one edit in six letters).
     */
    static boolean sameSpeaker(Set<String> names, String detected) {
        String d = Source.key(detected);
        for (String name : names) {
            String n = Source.key(name);
            if (n.isEmpty() || d.isEmpty()) {
                continue;
            }
            if (n.equals(d) || containsWords(n, d) || containsWords(d, n)) {
                return true;
            }
            int allowed = Math.max(1, Math.min(n.length(), d.length()) / 6);
            if (Math.abs(n.length() - d.length()) <= allowed && levenshtein(n, d, allowed) <= allowed) {
                return true;
            }
        }
        return false;
    }

    /** Whether the shorter name's words stand in a run in the longer one's, each the same or a spelling fix apart. */
    private static boolean containsWords(String longer, String shorter) {
        if (isGeneric(shorter)) {
            return false;
        }
        String[] l = longer.split(" ");
        String[] s = shorter.split(" ");
        for (int i = 0; i + s.length <= l.length; i++) {
            boolean all = true;
            for (int k = 0; k < s.length && all; k++) {
                all = sameWord(l[i + k], s[k]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** The same word, or (in words of four letters or more) at most one edit in six letters apart. */
    private static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        int allowed = Math.max(1, shorter / 6);
        return shorter >= 4 && Math.abs(a.length() - b.length()) <= allowed && levenshtein(a, b, allowed) <= allowed;
    }

    /** Words that name nobody in particular: "officials" inside "two officials" is not the same speaker. */
    private static boolean isGeneric(String key) {
        return Set.of(
                        "officials",
                        "official",
                        "sources",
                        "source",
                        "media",
                        "reports",
                        "report",
                        "police",
                        "witnesses",
                        "residents",
                        "experts",
                        "analysts",
                        "he",
                        "she",
                        "they",
                        "it",
                        "spokesman",
                        "spokeswoman",
                        "spokesperson")
                .contains(key);
    }

    /** Share of words two sentences have in common, in order (Dice coefficient of the longest common run). */
    static double similarity(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int changed = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(x, y).getDeltas()) {
            changed += delta.getSource().size();
        }
        int common = x.size() - changed;
        return 2.0 * common / (x.size() + y.size());
    }

    private record Span(String blockKey, int start, int end, String span, String sentence) {}

    /**
     * A claim whose words changed where no detected claim of the same speaker answers for it (a claim marked by
     * hand, or words the detector does not read as a claim any more): the sentence of the new text most like its
     * old sentence (at least {@link #SAME_SENTENCE_MANUAL} of its words), and in it the words aligned with the
     * old ones. Refused where a detected claim stands on the new words (that is another claim, or the same one
     * the detector answered for already).
     */
    private static Span align(
            Attribution a, List<Block> blocks, List<DetectedAttribution> detected, List<Attribution> placed) {
        int spanInClaim = a.getClaim().indexOf(a.getSpan());
        if (spanInClaim < 0) {
            return null;
        }
        Span best = null;
        double bestScore = 0;
        for (Block b : blocks) {
            Matcher m = SENTENCE.matcher(b.text());
            while (m.find()) {
                String sentence = m.group();
                double score = similarity(a.getClaim(), sentence);
                if (score < SAME_SENTENCE_MANUAL || score <= bestScore) {
                    continue;
                }
                int[] mapped = mapRange(
                        a.getClaim(), spanInClaim, spanInClaim + a.getSpan().length(), sentence);
                if (mapped == null) {
                    continue;
                }
                int start = m.start() + mapped[0];
                int end = m.start() + mapped[1];
                String key = b.key();
                boolean taken = placed.stream().anyMatch(p -> overlaps(p, key, start, end))
                        || detected.stream()
                                .anyMatch(d -> d.blockKey().equals(key) && d.start() < end && start < d.end());
                if (!taken) {
                    best = new Span(key, start, end, b.text().substring(start, end), sentence.strip());
                    bestScore = score;
                }
            }
        }
        return best;
    }

    /** Maps the character range [from, to) of {@code old} onto {@code now} through a word alignment. */
    static int[] mapRange(String old, int from, int to, String now) {
        List<int[]> ow = wordOffsets(old);
        List<int[]> nw = wordOffsets(now);
        List<String> ot = ow.stream()
                .map(r -> old.substring(r[0], r[1]).toLowerCase(Locale.ROOT))
                .toList();
        List<String> nt = nw.stream()
                .map(r -> now.substring(r[0], r[1]).toLowerCase(Locale.ROOT))
                .toList();
        int[] map = new int[ot.size()]; // old word index → new word index, -1 when changed
        java.util.Arrays.fill(map, -1);
        int[][] replacedBy = new int[ot.size()][]; // old word index → the new words that replaced it
        int oi = 0;
        int ni = 0;
        List<AbstractDelta<String>> deltas = DiffUtils.diff(ot, nt).getDeltas();
        for (AbstractDelta<String> d : deltas) {
            while (oi < d.getSource().getPosition()) {
                map[oi++] = ni++;
            }
            if (d.getType() == DeltaType.CHANGE
                    && d.getSource().size() == d.getTarget().size()) {
                for (int k = 0; k < d.getSource().size(); k++) {
                    map[oi++] = ni++; // a word replaced by a word: the same place
                }
                continue;
            }
            if (d.getType() == DeltaType.CHANGE) {
                int[] target = {ni, ni + d.getTarget().size() - 1}; // "said" → "told reporters"
                for (int k = 0; k < d.getSource().size(); k++) {
                    replacedBy[oi + k] = target;
                }
            }
            oi += d.getSource().size();
            ni += d.getTarget().size();
        }
        while (oi < ot.size()) {
            map[oi++] = ni++;
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < ow.size(); i++) {
            if (ow.get(i)[1] <= from || ow.get(i)[0] >= to) {
                continue;
            }
            int lo = map[i] >= 0 ? map[i] : replacedBy[i] == null ? -1 : replacedBy[i][0];
            int hi = map[i] >= 0 ? map[i] : replacedBy[i] == null ? -1 : replacedBy[i][1];
            if (lo >= 0 && hi < nw.size()) {
                first = first < 0 ? lo : Math.min(first, lo);
                last = Math.max(last, hi);
            }
        }
        if (first < 0 || last < first) {
            return null;
        }
        return new int[] {nw.get(first)[0], nw.get(last)[1]};
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s == null ? "" : s);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static List<int[]> wordOffsets(String s) {
        List<int[]> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static boolean overlaps(Attribution a, String blockKey, int start, int end) {
        return a.isPresent() && a.getBlockKey().equals(blockKey) && a.getStart() < end && start < a.getEnd();
    }

    /**
     * Puts every attribution whose words still stand in its paragraph at the place they stand, where none of
     * {@code standing} does. Where the same words stand more than once ("he said" twice), claims and places are
     * paired in order, as many as can be, nearest first: a cut before them moves them all, it does not swap
     * them.
     */
    static List<Attribution> placeUnchanged(
            List<Attribution> existing, Map<String, String> text, List<Attribution> standing) {
        Map<String, List<Attribution>> bySpan = new java.util.LinkedHashMap<>();
        for (Attribution a : existing) {
            if (text.containsKey(a.getBlockKey()) && !a.getSpan().isEmpty()) {
                bySpan.computeIfAbsent(a.getBlockKey() + "\u0000" + a.getSpan(), k -> new ArrayList<>())
                        .add(a);
            }
        }
        List<Attribution> placed = new ArrayList<>();
        for (List<Attribution> same : bySpan.values()) {
            String key = same.get(0).getBlockKey();
            String span = same.get(0).getSpan();
            String t = text.get(key);
            List<Integer> places = new ArrayList<>();
            for (int i = t.indexOf(span); i >= 0; i = t.indexOf(span, i + 1)) {
                int at = i;
                if (standing.stream().noneMatch(s -> overlaps(s, key, at, at + span.length()))) {
                    places.add(i);
                }
            }
            same.sort(java.util.Comparator.comparingInt(Attribution::getStart));
            int[] at = pairInOrder(same, places);
            for (int k = 0; k < same.size(); k++) {
                if (at[k] >= 0) {
                    same.get(k).relocate(places.get(at[k]), places.get(at[k]) + span.length(), true);
                    placed.add(same.get(k));
                }
            }
        }
        return placed;
    }

    /**
     * Pairs claims (by their old start, ascending) with places (ascending) without crossing: as many pairs as
     * can be, and among those the least total distance moved. Answers, for each claim, the index of its place
     * or -1.
     */
    private static int[] pairInOrder(List<Attribution> claims, List<Integer> places) {
        int k = claims.size();
        int m = places.size();
        long miss = 1L << 40; // one claim left without a place costs more than any distance
        long[][] cost = new long[k + 1][m + 1];
        for (int i = 1; i <= k; i++) {
            cost[i][0] = i * miss;
        }
        for (int i = 1; i <= k; i++) {
            for (int j = 1; j <= m; j++) {
                long pair = cost[i - 1][j - 1]
                        + Math.abs(places.get(j - 1) - claims.get(i - 1).getStart());
                cost[i][j] = Math.min(Math.min(cost[i - 1][j] + miss, cost[i][j - 1]), pair);
            }
        }
        int[] at = new int[k];
        java.util.Arrays.fill(at, -1);
        for (int i = k, j = m; i > 0 && j >= 0; ) {
            if (j > 0
                    && cost[i][j]
                            == cost[i - 1][j - 1]
                                    + Math.abs(places.get(j - 1)
                                            - claims.get(i - 1).getStart())) {
                at[--i] = --j;
            } else if (j > 0 && cost[i][j] == cost[i][j - 1]) {
                j--;
            } else {
                i--;
            }
        }
        return at;
    }

    /** Edit distance, giving up (answering limit + 1) once it exceeds the limit. */
    static int levenshtein(String a, String b, int limit) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
