package org.copydesk.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.copydesk.bench.QualityCorpus.Category;
import org.copydesk.bench.QualityCorpus.Claim;
import org.copydesk.bench.QualityCorpus.Keep;
import org.copydesk.bench.QualityCorpus.Span;
import org.copydesk.bench.QualityCorpus.Story;
import org.copydesk.bench.QualityCorpus.Typo;
import org.copydesk.domain.sourcing.DetectedAttribution;
import org.copydesk.engine.copycheck.Finding;

/**
 * What an engine got right and wrong on some stories of the quality corpus, by the rules of its README:
 * <ul>
 *   <li>A proposed attribution is <em>right</em> when its span overlaps an expected claim's phrase in the
 *       same block and its kind is the expected one; each expected claim is matched once. Precision is
 *       right proposals over all proposals, recall right proposals over expected claims. A proposal that
 *       overlaps an expected claim with another kind is counted apart ("wrong kind"): it is neither right
 *       nor a claim the detector missed entirely.
 *   <li>A finding <em>catches</em> an intended error when its span overlaps the error and applying its
 *       suggestion makes the text read as expected. A finding that overlaps an intended error with no
 *       suggestion or a wrong one is "found, wrong fix": not a catch, not a false alarm. Any other
 *       finding is a <em>false alarm</em>; one on a name the story lists as real is also counted as a
 *       real name flagged.
 * </ul>
 * Tallies add up over stories; the lines of {@link #misses} say what went wrong where.
 */
final class QualityScore {

    int stories;
    int words;

    int claimsExpected;
    int proposals;
    int claimsRight;
    int claimsWrongKind;

    final Map<Category, int[]> errors = new EnumMap<>(Category.class);
    int findings;
    int caught;
    int wrongFix;
    int falseAlarms;
    int namesFlagged;

    final List<String> misses = new ArrayList<>();

    QualityScore() {
        for (Category category : Category.values()) {
            errors.put(category, new int[2]);
        }
    }

    void count(Story story) {
        stories++;
        words += story.words();
    }

    void claims(Story story, List<DetectedAttribution> detected) {
        claimsExpected += story.claims().size();
        proposals += detected.size();
        boolean[] used = new boolean[story.claims().size()];
        for (DetectedAttribution proposal : detected) {
            int match = -1;
            int wrongKind = -1;
            for (int i = 0; i < used.length; i++) {
                Claim claim = story.claims().get(i);
                if (!used[i] && claim.at().overlaps(proposal.blockIndex(), proposal.start(), proposal.end())) {
                    if (claim.kind() == proposal.kind()) {
                        match = i;
                        break;
                    }
                    wrongKind = wrongKind < 0 ? i : wrongKind;
                }
            }
            if (match >= 0) {
                used[match] = true;
                claimsRight++;
            } else if (wrongKind >= 0) {
                used[wrongKind] = true;
                claimsWrongKind++;
                Claim claim = story.claims().get(wrongKind);
                misses.add(String.format(
                        Locale.ROOT,
                        "%s: claim “%s” proposed as %s, expected %s",
                        story.name(),
                        claim.phrase(),
                        proposal.kind(),
                        claim.kind()));
            } else {
                misses.add(String.format(
                        Locale.ROOT,
                        "%s: extra proposal “%s” (%s %s)",
                        story.name(),
                        proposal.span(),
                        proposal.sourceName(),
                        proposal.kind()));
            }
        }
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                Claim claim = story.claims().get(i);
                misses.add(String.format(
                        Locale.ROOT,
                        "%s: claim missed “%s” (%s) in “%s”",
                        story.name(),
                        claim.phrase(),
                        claim.kind(),
                        sentenceAround(story, claim.at())));
            }
        }
    }

    void copy(Story story, List<Finding> found) {
        findings += found.size();
        boolean[] caughtTypo = new boolean[story.typos().size()];
        String[] touchedBy = new String[story.typos().size()];
        for (Finding finding : found) {
            int hit = -1;
            boolean fixes = false;
            for (int i = 0; i < caughtTypo.length && !fixes; i++) {
                Typo typo = story.typos().get(i);
                if (typo.at().overlaps(finding.blockIndex(), finding.start(), finding.end())) {
                    hit = i;
                    fixes = !caughtTypo[i] && fixes(story, typo, finding);
                }
            }
            if (hit < 0) {
                falseAlarms++;
                boolean onName = onKeptName(story, finding);
                namesFlagged += onName ? 1 : 0;
                misses.add(String.format(
                        Locale.ROOT,
                        "%s: false alarm%s %s “%s” → %s",
                        story.name(),
                        onName ? " on a real name" : "",
                        finding.rule(),
                        story.passage(finding.blockIndex()).substring(finding.start(), finding.end()),
                        finding.suggestion()));
            } else if (fixes) {
                caughtTypo[hit] = true;
            } else if (touchedBy[hit] == null) {
                touchedBy[hit] = finding.rule() + " “"
                        + story.passage(finding.blockIndex()).substring(finding.start(), finding.end()) + "” → "
                        + finding.suggestion();
            }
        }
        for (int i = 0; i < caughtTypo.length; i++) {
            Typo typo = story.typos().get(i);
            int[] tally = errors.get(typo.category());
            tally[0]++;
            if (caughtTypo[i]) {
                tally[1]++;
                caught++;
            } else {
                wrongFix += touchedBy[i] != null ? 1 : 0;
                misses.add(String.format(
                        Locale.ROOT,
                        "%s: %s error %s “%s” → “%s”%s",
                        story.name(),
                        typo.category().name().toLowerCase(Locale.ROOT),
                        touchedBy[i] != null ? "found with a wrong fix" : "missed",
                        typo.wrong(),
                        typo.right(),
                        touchedBy[i] != null ? " (" + touchedBy[i] + ")" : ""));
            }
        }
    }

    /** Whether the text with the finding's suggestion applied reads as the typo's fix around both spans. */
    static boolean fixes(Story story, Typo typo, Finding finding) {
        if (finding.suggestion() == null) {
            return false;
        }
        String text = story.passage(finding.blockIndex());
        Span at = typo.at();
        int from = Math.min(at.start(), finding.start());
        int to = Math.max(at.end(), finding.end());
        String expected = text.substring(from, at.start()) + typo.right() + text.substring(at.end(), to);
        String actual =
                text.substring(from, finding.start()) + finding.suggestion() + text.substring(finding.end(), to);
        return expected.equals(actual);
    }

    private static boolean onKeptName(Story story, Finding finding) {
        for (Keep keep : story.keeps()) {
            for (Span span : keep.at()) {
                if (span.overlaps(finding.blockIndex(), finding.start(), finding.end())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String sentenceAround(Story story, Span at) {
        String text = story.passage(at.passage());
        int from = Math.max(0, at.start() - 60);
        int to = Math.min(text.length(), at.end() + 60);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }

    void add(QualityScore other) {
        stories += other.stories;
        words += other.words;
        claimsExpected += other.claimsExpected;
        proposals += other.proposals;
        claimsRight += other.claimsRight;
        claimsWrongKind += other.claimsWrongKind;
        other.errors.forEach((category, tally) -> {
            errors.get(category)[0] += tally[0];
            errors.get(category)[1] += tally[1];
        });
        findings += other.findings;
        caught += other.caught;
        wrongFix += other.wrongFix;
        falseAlarms += other.falseAlarms;
        namesFlagged += other.namesFlagged;
        misses.addAll(other.misses);
    }

    double claimsPrecision() {
        return ratio(claimsRight, proposals);
    }

    double claimsRecall() {
        return ratio(claimsRight, claimsExpected);
    }

    double recall(Category category) {
        int[] tally = errors.get(category);
        return ratio(tally[1], tally[0]);
    }

    int expected(Category category) {
        return errors.get(category)[0];
    }

    double copyRecall() {
        int expected = errors.values().stream().mapToInt(t -> t[0]).sum();
        return ratio(caught, expected);
    }

    double copyPrecision() {
        return ratio(caught, findings);
    }

    double falseAlarmsPerThousandWords() {
        return words == 0 ? Double.NaN : falseAlarms * 1000.0 / words;
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
