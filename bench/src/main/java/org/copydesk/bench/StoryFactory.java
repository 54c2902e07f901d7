package org.copydesk.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.story.BlockType;
import org.copydesk.domain.story.StoryContent;
import org.copydesk.domain.story.StoryText;
import org.copydesk.domain.workflow.StoryState;

/**
 * One generated story with its whole history, consistent the way the application keeps it: the transitions
 * follow the workflow (each from-state is the previous to-state, the first starts at DRAFT, the last ends at
 * the story's state, notes where the workflow requires them), the revisions are numbered 1..n in time order
 * and the last one is the story's content, {@code published_at} is the last move to PUBLISHED, and
 * {@code updated_at}/{@code updated_by} are the last event's.
 */
public final class StoryFactory {

    public record GenBlock(String key, BlockType type, String text) {}

    public record GenTransition(StoryState from, StoryState to, String actor, Instant at, String note) {}

    public record GenRevision(int number, String author, Instant at, String reason, String headline, String text) {}

    public record GenStory(
            long id,
            String slug,
            String headline,
            String standfirst,
            String byline,
            List<String> sections,
            List<GenBlock> blocks,
            StoryState state,
            String reporter,
            Instant createdAt,
            Instant updatedAt,
            String updatedBy,
            Instant publishedAt,
            List<GenTransition> transitions,
            List<GenRevision> revisions) {}

    static final String[] SECTIONS = {
        "World News",
        "Asia-Pacific",
        "Korea",
        "Japan",
        "China",
        "Europe",
        "Middle East",
        "Africa",
        "Americas",
        "Politics",
        "Business",
        "Science",
        "Sport",
        "Culture"
    };

    static final String[] NOTES = {
        "Needs a second source for the figures.",
        "Attribute the quote in paragraph 3.",
        "The official's title is missing.",
        "Check the spelling of the place names.",
        "Too long for the slot; cut by a third.",
        "Who filmed the video? Say so.",
        "Legal wants the allegation attributed.",
        "Headline overstates the story."
    };

    static final String[] RETRACT_NOTES = {
        "The central claim could not be substantiated.",
        "Duplicate of an earlier story.",
        "Legal request.",
        "The source withdrew the document."
    };

    /** The share of each state in a newsroom's archive (most stories are published). */
    static final StoryState[] STATES = StoryState.values();

    static final double[] SHARE = {0.07, 0.04, 0.03, 0.02, 0.82, 0.01, 0.01}; // DRAFT..RETRACTED, SPIKED

    public static final int REPORTERS = 40;
    public static final int EDITORS = 8;
    public static final int COPY_EDITORS = 6;

    private final TextGenerator text;
    private final Instant now;

    public StoryFactory(TextGenerator text, Instant now) {
        this.text = text;
        this.now = now;
    }

    /** "reporter", "reporter02" … — the first of each role is the account the benchmark signs in with. */
    static String user(String role, int n) {
        return n == 1 ? role : role + String.format(Locale.ROOT, "%02d", n);
    }

    static StoryState state(Random rnd) {
        double x = rnd.nextDouble();
        for (int i = 0; i < STATES.length; i++) {
            x -= SHARE[i];
            if (x < 0) {
                return STATES[i];
            }
        }
        return StoryState.PUBLISHED;
    }

    /** A walk through the workflow from DRAFT that ends at {@code target}, with the desk's usual send-backs. */
    static List<StoryState> path(StoryState target, Random rnd) {
        List<StoryState> states = new ArrayList<>(List.of(StoryState.DRAFT));
        StoryState at = StoryState.DRAFT;
        for (int step = 0; step < 40; step++) {
            boolean late = step > 12; // no more detours: go straight to the target
            if (at == target && (late || target.ordinal() >= StoryState.READY.ordinal() || rnd.nextDouble() < 0.7)) {
                break;
            }
            double x = late ? 1 : rnd.nextDouble();
            boolean beyond = target.ordinal() <= StoryState.COPY_EDIT.ordinal(); // must come back from the desk
            at = switch (at) {
                case DRAFT -> target == StoryState.SPIKED ? StoryState.SPIKED : StoryState.SOURCING_REVIEW;
                case SOURCING_REVIEW ->
                    target == StoryState.DRAFT && (late || x < 0.5) || x < 0.15
                            ? StoryState.DRAFT
                            : StoryState.COPY_EDIT;
                case COPY_EDIT ->
                    beyond
                            ? (target == StoryState.DRAFT || target == StoryState.COPY_EDIT && x < 0.5
                                    ? StoryState.DRAFT
                                    : StoryState.SOURCING_REVIEW)
                            : x < 0.05 ? StoryState.DRAFT : x < 0.10 ? StoryState.SOURCING_REVIEW : StoryState.READY;
                case READY -> StoryState.PUBLISHED;
                case PUBLISHED -> StoryState.RETRACTED;
                // the walks end at their target, and nothing follows these two
                case RETRACTED, SPIKED -> throw new IllegalStateException("nothing follows " + at);
            };
            states.add(at);
        }
        return states;
    }

    public GenStory story(long id, int revisions, Random rnd) {
        StoryState state = state(rnd);
        String reporter = user("reporter", 1 + rnd.nextInt(REPORTERS));
        String editor = user("editor", 1 + rnd.nextInt(EDITORS));
        String copyEditor = user("copyeditor", 1 + rnd.nextInt(COPY_EDITORS));
        boolean inProgress = state != StoryState.PUBLISHED && state != StoryState.RETRACTED;
        long ageSeconds = inProgress
                ? 3600 + (long) (rnd.nextDouble() * 14 * 86400)
                : 20 * 86400 + (long) (rnd.nextDouble() * 710 * 86400);
        Instant created = now.minusSeconds(ageSeconds).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        String headline = text.headline(rnd);
        String standfirst = rnd.nextInt(5) == 0 ? null : text.sentence(rnd);
        if (standfirst != null && standfirst.length() > 1000) {
            standfirst = standfirst.substring(0, 1000);
        }
        String byline = text.pick("PERSON", rnd) + (rnd.nextBoolean() ? " in " + text.pick("PLACE", rnd) : "");
        List<String> sections = new ArrayList<>();
        sections.add(SECTIONS[rnd.nextInt(SECTIONS.length)]);
        if (rnd.nextBoolean()) {
            String second = SECTIONS[rnd.nextInt(SECTIONS.length)];
            if (!sections.contains(second)) {
                sections.add(second);
            }
        }
        List<GenBlock> blocks = new ArrayList<>();
        int n = 5 + rnd.nextInt(8);
        for (int i = 0; i < n; i++) {
            blocks.add(newBlock(i == 0, rnd));
        }

        // The timeline: the walk's moves, with the revisions spread between them (revision 1 first).
        List<StoryState> walk = path(state, rnd);
        int moves = walk.size() - 1;
        int[] revisionsBeforeMove = new int[moves + 1]; // revisions made while in walk state i
        revisionsBeforeMove[0] = 1;
        for (int r = 1; r < revisions; r++) {
            revisionsBeforeMove[rnd.nextInt(moves + 1)]++;
        }
        long span = inProgress ? Math.max(600, ageSeconds - 60) : Math.min(ageSeconds - 60, 3 * 86400L);
        int events = revisions + moves;
        long step = Math.max(1, span / (events + 1));

        List<GenTransition> transitions = new ArrayList<>();
        List<GenRevision> revs = new ArrayList<>();
        Instant t = created;
        Instant published = null;
        String lastActor = reporter;
        for (int i = 0; i <= moves; i++) {
            StoryState in = walk.get(i);
            String author =
                    switch (in) {
                        case DRAFT, SPIKED -> reporter;
                        case SOURCING_REVIEW, READY -> editor;
                        case COPY_EDIT, PUBLISHED, RETRACTED -> copyEditor;
                    };
            for (int r = 0; r < revisionsBeforeMove[i]; r++) {
                int number = revs.size() + 1;
                String rendered = render(headline, standfirst, byline, sections, blocks);
                if (number > 1) {
                    t = t.plusSeconds(1 + (long) (rnd.nextDouble() * step));
                    if (rnd.nextInt(8) == 0) {
                        headline = text.headline(rnd);
                    }
                    String before = revs.get(revs.size() - 1).text();
                    do { // two edits can cancel out; a revision always changes something
                        edit(blocks, rnd);
                        rendered = render(headline, standfirst, byline, sections, blocks);
                    } while (rendered.equals(before));
                }
                revs.add(new GenRevision(
                        number, author, t, number == 1 ? "Created" : text.reason(rnd), headline, rendered));
                lastActor = author;
            }
            if (i < moves) {
                StoryState to = walk.get(i + 1);
                t = t.plusSeconds(1 + (long) (rnd.nextDouble() * step));
                String actor =
                        switch (in) {
                            case DRAFT -> rnd.nextInt(10) == 0 ? editor : reporter;
                            case SOURCING_REVIEW, READY, PUBLISHED -> editor;
                            case COPY_EDIT -> copyEditor;
                            case RETRACTED, SPIKED -> throw new IllegalStateException();
                        };
                boolean back = to.ordinal() < in.ordinal();
                String note = to == StoryState.RETRACTED
                        ? RETRACT_NOTES[rnd.nextInt(RETRACT_NOTES.length)]
                        : back ? NOTES[rnd.nextInt(NOTES.length)] : null;
                transitions.add(new GenTransition(in, to, actor, t, note));
                if (to == StoryState.PUBLISHED) {
                    published = t;
                }
                lastActor = actor;
            }
        }
        String slug = slug(headline, id);
        return new GenStory(
                id,
                slug,
                headline,
                standfirst,
                byline,
                List.copyOf(sections),
                List.copyOf(blocks),
                state,
                reporter,
                created,
                t,
                lastActor,
                published,
                transitions,
                revs);
    }

    static String slug(String headline, long id) {
        String base = java.text.Normalizer.normalize(headline, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        if (base.length() > 90) {
            base = base.substring(0, 90).replaceAll("-[^-]*$", "");
        }
        return base + "-" + id;
    }

    private GenBlock newBlock(boolean first, Random rnd) {
        int kind = first ? 0 : rnd.nextInt(20);
        BlockType type = kind < 16
                ? BlockType.PARAGRAPH
                : kind < 17 ? BlockType.SUBHEADING : kind < 19 ? BlockType.QUOTE : BlockType.CAPTION;
        String body =
                switch (type) {
                    case PARAGRAPH -> text.paragraph(rnd);
                    case SUBHEADING -> text.headline(rnd);
                    case QUOTE -> text.quote(rnd);
                    case CAPTION -> text.sentence(rnd) + " (Photo: " + text.pick("PERSON", rnd) + ")";
                    // not drawn above: the data stay version 2
                    case LIST -> text.sentence(rnd) + "\n" + text.sentence(rnd);
                    case IMAGE -> throw new IllegalStateException("the generated stories have no pictures");
                };
        return new GenBlock(key(rnd), type, body);
    }

    static String key(Random rnd) {
        return String.format(Locale.ROOT, "%012x", rnd.nextLong() & 0xffffffffffffL);
    }

    /** A revision's change: one to three paragraphs edited, sometimes one added or one cut. */
    private void edit(List<GenBlock> blocks, Random rnd) {
        int changes = 1 + rnd.nextInt(3);
        for (int c = 0; c < changes; c++) {
            int i = rnd.nextInt(blocks.size());
            GenBlock b = blocks.get(i);
            String edited = text.edit(b.text(), rnd);
            blocks.set(i, new GenBlock(b.key(), b.type(), edited.length() > Block.TEXT_MAX ? b.text() : edited));
        }
        int x = rnd.nextInt(10);
        if (x == 0 && blocks.size() < 20) {
            blocks.add(1 + rnd.nextInt(blocks.size()), newBlock(false, rnd));
        } else if (x == 1 && blocks.size() > 4) {
            blocks.remove(1 + rnd.nextInt(blocks.size() - 1));
        }
    }

    static String render(
            String headline, String standfirst, String byline, List<String> sections, List<GenBlock> blocks) {
        List<Block> body =
                blocks.stream().map(b -> new Block(b.key(), b.type(), b.text())).toList();
        return StoryText.render(new StoryContent(headline, standfirst, byline, sections, body));
    }
}
