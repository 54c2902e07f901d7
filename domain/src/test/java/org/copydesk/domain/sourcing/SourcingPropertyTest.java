package org.copydesk.domain.sourcing;

import static org.copydesk.domain.sourcing.SourcingFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.story.BlockType;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.Role;
import org.copydesk.domain.workflow.Decision;
import org.copydesk.domain.workflow.StoryFacts;
import org.copydesk.domain.workflow.StoryState;
import org.copydesk.domain.workflow.Transition;
import org.copydesk.domain.workflow.Workflow;

/**
 * The trust path as a property: random sequences of edits, copy fixes, sourcing decisions, returns and moves
 * (with the same rules as the services: the sourcing guard on approve, sign-off and publish, on a save of a
 * story ready to publish, on a correction) never end with a story READY or PUBLISHED that holds a claim not
 * linked to a verified (or waived) source; and edits that leave a claim the same claim — words added
 * elsewhere, a verb changed, a copy fix inside it — never lose the decision on it.
 *
 * <p>Verification changes are made while the story is in review or on the copy desk: disputing the source of a
 * story already ready to publish is an event in the world, which the publish guard catches
 * (SourcingApiIT shows it); it is not a change to the story.
 */
class SourcingPropertyTest {

    static final Actor REPORTER = Actor.of("rita", Role.REPORTER);
    static final Actor EDITOR = Actor.of("ed", Role.EDITOR);
    static final Actor COPY = Actor.of("cora", Role.COPY_EDITOR);

    static final List<String> START = List.of(
            "Kremlin spokesman Dmitry Peskov said the troops would stay in the region.",
            "Police said two people were injured, local media reported.",
            "The bridge will reopen in May, according to the city council.",
            "Officials said the border crossing was closed on Monday.");
    static final List<String> NEW_CLAIMS = List.of(
            "Witnesses said the blast shook nearby buildings.",
            "A senior diplomat told reporters the talks had stalled.",
            "The company said in a statement that output would fall.",
            "Residents reportedly fled overnight.");
    static final List<String[]> OTHER_SPEAKERS = List.of(
            new String[] {"Officials said", "A senior diplomat told reporters"},
            new String[] {"Police said", "Firefighters said"},
            new String[] {"Kremlin spokesman Dmitry Peskov said", "Foreign Minister Sergei Lavrov said"},
            new String[] {"according to the city council", "according to a leaked memo"});
    static final List<String> NEUTRAL = List.of("Meanwhile, ", "On Monday, ", "As expected, ");

    enum Kind {
        ADD_WORDS,
        REWRITE_VERB,
        COPY_FIX,
        CHANGE_SPEAKER,
        ADD_CLAIM,
        DELETE_SENTENCE,
        LINK_ALL,
        VERIFY,
        DISPUTE,
        WAIVE,
        REJECT,
        MOVE_FORWARD,
        RETURN
    }

    record Op(Kind kind, int a, int b, boolean flag) {}

    static final java.util.Set<Kind> EDITS = java.util.EnumSet.of(
            Kind.ADD_WORDS,
            Kind.REWRITE_VERB,
            Kind.COPY_FIX,
            Kind.CHANGE_SPEAKER,
            Kind.ADD_CLAIM,
            Kind.DELETE_SENTENCE);

    @Provide
    Arbitrary<List<Op>> sequences() {
        // weighted so that sequences often get through review to publication, where the guards matter most
        Arbitrary<Kind> kinds = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(3, Kind.ADD_WORDS),
                net.jqwik.api.Tuple.of(3, Kind.REWRITE_VERB),
                net.jqwik.api.Tuple.of(3, Kind.COPY_FIX),
                net.jqwik.api.Tuple.of(2, Kind.CHANGE_SPEAKER),
                net.jqwik.api.Tuple.of(2, Kind.ADD_CLAIM),
                net.jqwik.api.Tuple.of(1, Kind.DELETE_SENTENCE),
                net.jqwik.api.Tuple.of(6, Kind.LINK_ALL),
                net.jqwik.api.Tuple.of(4, Kind.VERIFY),
                net.jqwik.api.Tuple.of(1, Kind.DISPUTE),
                net.jqwik.api.Tuple.of(2, Kind.WAIVE),
                net.jqwik.api.Tuple.of(1, Kind.REJECT),
                net.jqwik.api.Tuple.of(9, Kind.MOVE_FORWARD),
                net.jqwik.api.Tuple.of(1, Kind.RETURN));
        Arbitrary<Op> op = Combinators.combine(
                        kinds,
                        Arbitraries.integers().between(0, 999),
                        Arbitraries.integers().between(0, 999),
                        Arbitraries.of(true, false))
                .as(Op::new);
        return op.list().ofMinSize(20).ofMaxSize(60).withSizeDistribution(net.jqwik.api.RandomDistribution.uniform());
    }

    @Property(tries = 1000, shrinking = ShrinkingMode.BOUNDED)
    void noUnsourcedClaimReachesReadyOrPublishedAndNoDecisionThatStillAppliesIsLost(@ForAll("sequences") List<Op> ops) {
        editedLate = false;
        List<Op> accepted = new ArrayList<>();
        Model model = Model.replay(accepted);
        for (Op op : ops) {
            Map<Long, String> decidedBefore = model.decisions();
            boolean late = model.state == StoryState.READY || model.state == StoryState.PUBLISHED;
            boolean ok = model.apply(op);
            if (late && EDITS.contains(op.kind())) {
                editedLate = true;
            }
            if (ok) {
                accepted.add(op);
                if (op.kind() == Kind.ADD_WORDS || op.kind() == Kind.REWRITE_VERB || op.kind() == Kind.COPY_FIX) {
                    // the same claims in changed words: every decision still stands on a present claim
                    Map<Long, String> after = model.decisions();
                    List<String> spans = model.story.spans();
                    decidedBefore.forEach(
                            (id, decision) -> assertEquals(decision, after.get(id), op + " lost a decision: " + spans));
                }
            } else {
                model = Model.replay(accepted); // refused: nothing of it was kept
            }
            if (model.state == StoryState.READY || model.state == StoryState.PUBLISHED) {
                assertEquals(
                        List.of(), model.story.problems(), model.state + " after " + op + ": " + model.story.spans());
            }
        }
        Statistics.label("furthest state").collect(furthest(accepted));
        Statistics.label("a READY or PUBLISHED story was edited").collect(editedLate);
        // not vacuous: a good share of the sequences reach publication and edit a story at READY or later
        Statistics.label("furthest state")
                .coverage(c -> c.check(StoryState.PUBLISHED).percentage(p -> p >= 10));
        Statistics.label("a READY or PUBLISHED story was edited")
                .coverage(c -> c.check(true).percentage(p -> p >= 10));
    }

    private boolean editedLate;

    /** How far the sequence got: the property is worth something only if many get to publication. */
    private static StoryState furthest(List<Op> accepted) {
        Model m = Model.replay(List.of());
        StoryState furthest = m.state;
        for (Op op : accepted) {
            m.apply(op);
            if (m.state.ordinal() > furthest.ordinal()) {
                furthest = m.state == StoryState.RETRACTED ? StoryState.PUBLISHED : m.state;
            }
        }
        return furthest;
    }

    /** The story, its sourcing and its state, changed by the same rules as the services. */
    static final class Model {
        final SourcingFixtures story = new SourcingFixtures();
        final List<Block> blocks = new ArrayList<>();
        StoryState state = StoryState.DRAFT;

        static Model replay(List<Op> ops) {
            Model m = new Model();
            for (int i = 0; i < START.size(); i++) {
                m.blocks.add(new Block("b" + i, BlockType.PARAGRAPH, START.get(i)));
            }
            m.story.redetect(m.blocks, "rita");
            for (Op op : ops) {
                if (!m.apply(op)) {
                    throw new IllegalStateException("an accepted step was refused on replay: " + op);
                }
            }
            return m;
        }

        /** Present, decided claims: id → status and source. */
        Map<Long, String> decisions() {
            Map<Long, String> out = new HashMap<>();
            for (Attribution a : story.attributions) {
                if (a.isPresent() && a.isDecided()) {
                    out.put(a.getId(), a.getStatus() + "/" + a.getSourceId() + "/" + a.isWaived());
                }
            }
            return out;
        }

        boolean apply(Op op) {
            return switch (op.kind()) {
                case ADD_WORDS -> edit(op.a(), t -> NEUTRAL.get(op.b() % NEUTRAL.size()) + t);
                case REWRITE_VERB -> edit(op.a(), t -> t.replaceFirst(" said ", " told reporters "));
                case CHANGE_SPEAKER -> {
                    String[] pair = OTHER_SPEAKERS.get(op.b() % OTHER_SPEAKERS.size());
                    yield edit(op.a(), t -> t.replace(pair[0], pair[1]));
                }
                case ADD_CLAIM -> edit(op.a(), t -> t + " " + NEW_CLAIMS.get(op.b() % NEW_CLAIMS.size()));
                case DELETE_SENTENCE -> edit(op.a(), Model::withoutFirstSentence);
                case COPY_FIX -> copyFix(op.a(), op.b());
                case LINK_ALL ->
                    decide(() -> {
                        for (Attribution a : story.attributions) {
                            if (a.isPresent() && !a.isDecided()) {
                                Source s = registered(a);
                                // an anonymous source ("Officials said") asks why anonymity was granted: given on the
                                // card
                                a.link(
                                        s,
                                        s.getKind() == SourceKind.ANONYMOUS
                                                ? "Not authorized to speak; confirmed twice."
                                                : null,
                                        EDITOR,
                                        T0);
                                if (op.flag() && s.getStatus() == VerificationStatus.UNVERIFIED) {
                                    s.verify(
                                            VerificationStatus.VERIFIED, null, EDITOR, T0); // link and verify in one go
                                }
                            }
                        }
                    });
                case VERIFY, DISPUTE ->
                    decide(() -> {
                        List<Source> linked = linkedSources();
                        if (!linked.isEmpty()
                                && (state == StoryState.SOURCING_REVIEW || state == StoryState.COPY_EDIT)) {
                            Source s = linked.get(op.a() % linked.size());
                            if (op.kind() == Kind.VERIFY && op.flag()) {
                                linked.forEach(each -> each.verify(VerificationStatus.VERIFIED, null, EDITOR, T0));
                            } else if (op.kind() == Kind.VERIFY) {
                                s.verify(VerificationStatus.VERIFIED, null, EDITOR, T0);
                            } else {
                                s.verify(VerificationStatus.DISPUTED, "The agency retracted its report.", EDITOR, T0);
                            }
                        }
                    });
                case WAIVE ->
                    decide(() -> {
                        List<Attribution> linked = story.attributions.stream()
                                .filter(a -> a.isPresent() && a.getStatus() == AttributionStatus.LINKED)
                                .toList();
                        if (!linked.isEmpty()) {
                            linked.get(op.a() % linked.size())
                                    .waive("Confirmed by phone; the record is late.", EDITOR, T0);
                        }
                    });
                case REJECT ->
                    decide(() -> {
                        List<Attribution> present = story.attributions.stream()
                                .filter(Attribution::isPresent)
                                .toList();
                        if (!present.isEmpty() && op.flag()) {
                            present.get(op.a() % present.size()).reject("Not a claim: a description.", EDITOR, T0);
                        }
                    });
                case MOVE_FORWARD -> move(true);
                case RETURN -> move(false);
            };
        }

        private boolean decide(Runnable decision) {
            if (state == StoryState.PUBLISHED || state == StoryState.RETRACTED || state == StoryState.DRAFT) {
                return true; // the sourcing screen acts in review and on the copy desk (and is harmless later)
            }
            decision.run();
            return true;
        }

        /** A save (or, once published, a correction): the guard refuses what adds a blocking claim. */
        private boolean edit(int index, java.util.function.UnaryOperator<String> change) {
            int i = index % blocks.size();
            String old = blocks.get(i).text();
            String now = change.apply(old).strip();
            if (now.isEmpty() || now.equals(old) || state == StoryState.RETRACTED) {
                return true;
            }
            List<String> before = guarded() ? story.problems() : List.of();
            blocks.set(i, new Block(blocks.get(i).key(), BlockType.PARAGRAPH, now));
            story.redetect(blocks, state == StoryState.DRAFT ? "rita" : "cora");
            return !guarded() || story.problems().stream().allMatch(before::contains);
        }

        /** A copy-check finding applied: one word replaced by a near spelling. */
        private boolean copyFix(int index, int wordPick) {
            int i = index % blocks.size();
            String old = blocks.get(i).text();
            java.util.regex.Matcher m =
                    java.util.regex.Pattern.compile("\\p{L}{4,}").matcher(old);
            List<int[]> words = new ArrayList<>();
            while (m.find()) {
                words.add(new int[] {m.start(), m.end()});
            }
            if (words.isEmpty() || state == StoryState.RETRACTED) {
                return true;
            }
            int[] w = words.get(wordPick % words.size());
            String word = old.substring(w[0], w[1]);
            String fixed = word.substring(0, word.length() - 1) + (word.endsWith("e") ? "a" : "e");
            String now = old.substring(0, w[0]) + fixed + old.substring(w[1]);
            List<String> before = guarded() ? story.problems() : List.of();
            List<Attribution> inBlock = story.attributions.stream()
                    .filter(a -> a.getBlockKey().equals(blocks.get(i).key()))
                    .toList();
            ClaimTracker.followCopyFix(inBlock, old, now, "cora", T0);
            blocks.set(i, new Block(blocks.get(i).key(), BlockType.PARAGRAPH, now));
            story.redetect(blocks, "cora");
            return !guarded() || story.problems().stream().allMatch(before::contains);
        }

        private boolean guarded() {
            return state == StoryState.READY || state == StoryState.PUBLISHED;
        }

        private boolean move(boolean forward) {
            for (Transition t : Transition.from(state)) {
                boolean isForward = t.to().ordinal() > t.from().ordinal();
                if (isForward != forward) {
                    continue;
                }
                Actor actor = t.roles().contains(Role.COPY_EDITOR)
                        ? COPY
                        : t.roles().contains(Role.REPORTER) ? REPORTER : EDITOR;
                StoryFacts facts = new StoryFacts(true, blocks.size(), story.problems(), List.of());
                Decision d = Workflow.decide(state, t.to(), actor, "rita", facts, "A note for the desk.");
                if (d.allowed()) {
                    state = t.to();
                }
                return true; // a refused move changes nothing
            }
            return true;
        }

        private Source registered(Attribution a) {
            String name = a.getProposedName() == null ? a.getSpan() : a.getProposedName();
            return story.registry.values().stream()
                    .filter(s -> Source.key(s.getName()).equals(Source.key(name)))
                    .findFirst()
                    .orElseGet(() ->
                            story.source(name, Objects.requireNonNullElse(a.getProposedKind(), SourceKind.PERSON)));
        }

        private List<Source> linkedSources() {
            return story.attributions.stream()
                    .filter(a -> a.isPresent() && a.getSourceId() != null)
                    .map(a -> story.registry.get(a.getSourceId()))
                    .distinct()
                    .toList();
        }

        private static String withoutFirstSentence(String text) {
            int end = text.indexOf(". ");
            return end < 0 ? text : text.substring(end + 2);
        }
    }

    /** The property's own check that its model can reach READY and PUBLISHED at all (else it proves nothing). */
    @Example
    void theModelReachesPublication() {
        Model m = Model.replay(List.of());
        List<Op> path = List.of(new Op(Kind.MOVE_FORWARD, 0, 0, false), new Op(Kind.LINK_ALL, 0, 0, false));
        path.forEach(m::apply);
        for (int i = 0; i < 10; i++) {
            m.apply(new Op(Kind.VERIFY, i, 0, false));
        }
        for (int i = 0; i < 3; i++) {
            m.apply(new Op(Kind.MOVE_FORWARD, 0, 0, false));
        }
        assertEquals(StoryState.PUBLISHED, m.state, m.story.spans() + " " + m.story.problems());
        assertTrue(m.story.problems().isEmpty());
    }
}
