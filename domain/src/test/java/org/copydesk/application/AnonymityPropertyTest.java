package org.copydesk.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.copydesk.domain.sourcing.AnonymityReasonException;
import org.copydesk.domain.sourcing.Attribution;
import org.copydesk.domain.sourcing.AttributionDecision;
import org.copydesk.domain.sourcing.AttributionStatus;
import org.copydesk.domain.sourcing.Source;
import org.copydesk.domain.sourcing.SourceEdit;
import org.copydesk.domain.sourcing.SourceKind;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.story.BlockType;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.story.StoryContent;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.Role;

/**
 * "Every claim linked to an anonymous source says why anonymity was granted", as a property of the services
 * themselves ({@link SourcingService}, {@link SourceRegistryService}, over repositories in memory): random
 * sequences of links to registry sources, links to new sources, link-all, rejections, merges and changes of a
 * source's kind, each with a reason that is missing, blank, too short, too long or good, never leave a claim
 * linked to an anonymous source without a reason of 10 to 1000 characters, stripped, written on the history line
 * that gave it; and a step that is refused changes nothing at all (there is no transaction here to undo it).
 */
class AnonymityPropertyTest {

    static final Actor REPORTER = Actor.of("rita", Role.REPORTER);
    static final Actor EDITOR = Actor.of("ed", Role.EDITOR);

    static final List<String> TEXT = List.of(
            "Two officials familiar with the negotiations said the talks had stalled.",
            "Kremlin spokesman Dmitry Peskov said the troops would stay in the region.",
            "A source close to the ministry said the budget would be cut.",
            "Police said two people were injured, local media reported.",
            "Officials said the border crossing was closed on Monday.");

    /** Reasons as an editor (or a client) may send them: missing, blank, too short, too long, good, padded. */
    static final List<String> REASONS = java.util.Arrays.asList(
            null,
            "",
            "   ",
            "Insider",
            "123456789",
            "Not authorized to speak; two officials confirmed independently",
            "   Fears for his job; the memo he described was seen by us.   ",
            "x".repeat(1001),
            " " + "y".repeat(1000) + " ");

    static final List<String> NEW_NAMES = List.of(
            "two officials familiar with the negotiations",
            "a source close to the ministry",
            "Dmitry Peskov",
            "a diplomat who asked not to be named",
            "Police");

    enum Kind {
        LINK,
        LINK_NEW,
        LINK_ALL,
        REJECT,
        MERGE,
        CHANGE_KIND
    }

    record Op(Kind kind, int a, int b, int reason) {}

    @Provide
    Arbitrary<List<Op>> sequences() {
        Arbitrary<Kind> kinds = Arbitraries.frequency(
                Tuple.of(5, Kind.LINK),
                Tuple.of(3, Kind.LINK_NEW),
                Tuple.of(2, Kind.LINK_ALL),
                Tuple.of(1, Kind.REJECT),
                Tuple.of(3, Kind.MERGE),
                Tuple.of(3, Kind.CHANGE_KIND));
        Arbitrary<Op> op = Combinators.combine(
                        kinds,
                        Arbitraries.integers().between(0, 999),
                        Arbitraries.integers().between(0, 999),
                        Arbitraries.integers().between(0, REASONS.size() - 1))
                .as(Op::new);
        return op.list().ofMinSize(5).ofMaxSize(30);
    }

    @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED)
    void everyClaimLinkedToAnAnonymousSourceSaysWhyAndARefusedStepChangesNothing(@ForAll("sequences") List<Op> ops) {
        World w = new World();
        check(w, "at the start");
        for (Op op : ops) {
            String before = w.snapshot();
            try {
                w.apply(op);
                Statistics.label("step").collect(op.kind() + " done");
            } catch (AnonymityReasonException e) {
                Statistics.label("step").collect(op.kind() + " refused: the reason");
                assertEquals(before, w.snapshot(), op + " was refused (" + e.getMessage() + ") but changed things");
            } catch (IllegalArgumentException e) {
                Statistics.label("step").collect(op.kind() + " refused: other");
                assertEquals(before, w.snapshot(), op + " was refused (" + e.getMessage() + ") but changed things");
            }
            check(w, "after " + op);
        }
        long anonymous = w.in.attributions.all.values().stream()
                .filter(a -> w.anonymous(a))
                .count();
        Statistics.label("claims on anonymous sources at the end").collect(anonymous == 0 ? "none" : "some");
        Statistics.label("step").coverage(c -> {
            c.check(Kind.LINK + " done").count(n -> n > 0);
            c.check(Kind.LINK + " refused: the reason").count(n -> n > 0);
            c.check(Kind.LINK_NEW + " refused: the reason").count(n -> n > 0);
            c.check(Kind.MERGE + " done").count(n -> n > 0);
            c.check(Kind.MERGE + " refused: the reason").count(n -> n > 0);
            c.check(Kind.CHANGE_KIND + " done").count(n -> n > 0);
            c.check(Kind.CHANGE_KIND + " refused: the reason").count(n -> n > 0);
        });
        Statistics.label("claims on anonymous sources at the end")
                .coverage(c -> c.check("some").percentage(p -> p >= 30));
    }

    private static void check(World w, String when) {
        for (Attribution a : w.in.attributions.all.values()) {
            if (a.getSourceId() != null) {
                Source s = w.in.sources.all.get(a.getSourceId());
                assertNotNull(s, when + ": " + a.getSpan() + " links a source that does not exist");
                assertEquals(null, s.getMergedInto(), when + ": " + a.getSpan() + " links a merged source");
            }
            if (!w.anonymous(a)) {
                continue;
            }
            String reason = a.getAnonymityReason();
            assertNotNull(reason, when + ": “" + a.getSpan() + "” rests on an anonymous source without a reason");
            assertEquals(reason.strip(), reason, when + ": the reason is not stripped");
            assertTrue(reason.length() >= 10 && reason.length() <= 1000, when + ": a reason of " + reason.length());
            // the history says it: the last line that put the claim where it is carries the same reason
            List<AttributionDecision> lines = a.getDecisions();
            AttributionDecision last = null;
            for (AttributionDecision d : lines) {
                if (d.action() == AttributionDecision.Action.LINKED
                        || d.action() == AttributionDecision.Action.RELINKED
                        || d.action() == AttributionDecision.Action.ANONYMITY_GIVEN) {
                    last = d;
                }
            }
            assertNotNull(last, when + ": no history line linked “" + a.getSpan() + "”");
            assertEquals(reason, last.anonymityReason(), when + ": the history does not say why: " + a.getSpan());
        }
    }

    /** A story with claims on anonymous speakers and others, a small registry, and the two services. */
    static final class World {
        final Story story;
        final InMemorySourcing in;

        World() {
            List<Block> blocks = new ArrayList<>();
            for (int i = 0; i < TEXT.size(); i++) {
                blocks.add(new Block("b" + i, BlockType.PARAGRAPH, TEXT.get(i)));
            }
            story = InMemorySourcing.withId(
                    Story.draft(
                            "talks-stall",
                            new StoryContent("Talks stall", null, null, null, blocks),
                            REPORTER,
                            null,
                            InMemorySourcing.T0),
                    1L);
            in = new InMemorySourcing(story);
            in.sourcing.createSource("Dmitry Peskov", SourceKind.PERSON, "Kremlin spokesman", null, EDITOR);
            in.sourcing.createSource("officials", SourceKind.ANONYMOUS, null, null, EDITOR);
            in.sourcing.createSource("a diplomat who asked not to be named", SourceKind.ANONYMOUS, null, null, EDITOR);
            in.sourcing.createSource("the city council", SourceKind.ORGANIZATION, null, null, EDITOR);
            in.sourcing.redetect(1, "rita");
            assertTrue(in.attributions.all.size() >= 4, "the story's claims: " + in.attributions.all.size());
        }

        boolean anonymous(Attribution a) {
            Source s = a.getSourceId() == null ? null : in.sources.all.get(a.getSourceId());
            return a.getStatus() == AttributionStatus.LINKED && s != null && s.getKind() == SourceKind.ANONYMOUS;
        }

        void apply(Op op) {
            List<Attribution> claims = in.attributions.ofStory(1);
            Attribution a = claims.get(op.a() % claims.size());
            List<Source> live = in.sources.all.values().stream()
                    .filter(s -> s.getMergedInto() == null)
                    .toList();
            Source s = live.get(op.b() % live.size());
            String reason = REASONS.get(op.reason());
            switch (op.kind()) {
                case LINK -> in.sourcing.link(1, a.getId(), s.getId(), reason, EDITOR);
                case LINK_NEW ->
                    in.sourcing.linkNew(
                            1,
                            a.getId(),
                            NEW_NAMES.get(op.b() % NEW_NAMES.size()),
                            op.b() % 3 == 0 ? null : SourceKind.values()[op.b() % SourceKind.values().length],
                            null,
                            reason,
                            EDITOR);
                case LINK_ALL -> in.sourcing.linkAll(1, EDITOR);
                case REJECT -> in.sourcing.reject(1, a.getId(), "Not a claim: a description.", EDITOR);
                case MERGE -> {
                    Source other = live.get((op.b() / 7 + 1) % live.size());
                    in.registry.merge(s.getId(), other.getId(), null, null, "The same people.", EDITOR);
                }
                case CHANGE_KIND -> {
                    SourceKind kind = op.a() % 2 == 0
                            ? SourceKind.ANONYMOUS
                            : SourceKind.values()[op.a() % SourceKind.values().length];
                    in.registry.edit(
                            s.getId(),
                            s.getVersion(),
                            new SourceEdit(s.getName(), kind, s.getRole(), s.getReference(), null, null),
                            reason,
                            EDITOR);
                }
            }
        }

        /** Everything a step may change, in words: a refused step must leave it as it was. */
        String snapshot() {
            Map<Long, String> out = new TreeMap<>();
            in.sources
                    .all
                    .values()
                    .forEach(s -> out.put(
                            s.getId(),
                            s.getName() + "|" + s.getKind() + "|" + s.getMergedInto() + "|" + s.getAliases() + "|"
                                    + s.getHistory().size()));
            in.attributions
                    .all
                    .values()
                    .forEach(a -> out.put(
                            a.getId(),
                            a.getStatus() + "|" + a.getSourceId() + "|" + a.getAnonymityReason() + "|"
                                    + a.getDecisions().size() + "|" + a.getNote()));
            return out.toString();
        }
    }
}
