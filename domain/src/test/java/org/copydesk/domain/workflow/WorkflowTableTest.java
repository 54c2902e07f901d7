package org.copydesk.domain.workflow;

import static org.copydesk.domain.workflow.Decision.Outcome.ALLOWED;
import static org.copydesk.domain.workflow.Decision.Outcome.GUARDS_UNMET;
import static org.copydesk.domain.workflow.Decision.Outcome.NOT_PERMITTED;
import static org.copydesk.domain.workflow.Decision.Outcome.NO_SUCH_TRANSITION;
import static org.copydesk.domain.workflow.StoryState.COPY_EDIT;
import static org.copydesk.domain.workflow.StoryState.DRAFT;
import static org.copydesk.domain.workflow.StoryState.PUBLISHED;
import static org.copydesk.domain.workflow.StoryState.READY;
import static org.copydesk.domain.workflow.StoryState.RETRACTED;
import static org.copydesk.domain.workflow.StoryState.SOURCING_REVIEW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.Role;
import org.copydesk.domain.workflow.Decision.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * the workflow table of docs/design.md, transcribed here as data (not derived from {@link Transition}), checked
 * against {@link Workflow#decide} for every state, every target and every kind of actor.
 */
class WorkflowTableTest {

    static final String OWNER = "rita";

    /** The kinds of actor the table distinguishes: the reporter who owns the story, another reporter, … */
    enum Who {
        OWNER_REPORTER(Actor.of(OWNER, Role.REPORTER)),
        OTHER_REPORTER(Actor.of("otto", Role.REPORTER)),
        EDITOR(Actor.of("eddie", Role.EDITOR)),
        COPY_EDITOR(Actor.of("cora", Role.COPY_EDITOR)),
        ADMIN(Actor.of("ada", Role.ADMIN));

        final Actor actor;

        Who(Actor actor) {
            this.actor = actor;
        }
    }

    /** One line of the workflow table of docs/design.md: from, to, who, and whether there is any guard at all. */
    record Row(StoryState from, StoryState to, Set<Who> who, boolean guarded) {}

    static final List<Row> TABLE = List.of(
            new Row(DRAFT, SOURCING_REVIEW, EnumSet.of(Who.OWNER_REPORTER, Who.EDITOR), true), // headline, block
            new Row(SOURCING_REVIEW, DRAFT, EnumSet.of(Who.EDITOR), true), // note
            new Row(SOURCING_REVIEW, COPY_EDIT, EnumSet.of(Who.EDITOR), true), // sources
            new Row(COPY_EDIT, SOURCING_REVIEW, EnumSet.of(Who.COPY_EDITOR), true), // note
            new Row(COPY_EDIT, DRAFT, EnumSet.of(Who.COPY_EDITOR), true), // note
            new Row(COPY_EDIT, READY, EnumSet.of(Who.COPY_EDITOR), true), // sources, findings
            new Row(READY, COPY_EDIT, EnumSet.of(Who.EDITOR, Who.COPY_EDITOR), true), // note (docs/workflow.md)
            new Row(READY, PUBLISHED, EnumSet.of(Who.EDITOR), true), // sources (docs/sourcing.md)
            new Row(PUBLISHED, RETRACTED, EnumSet.of(Who.EDITOR), true), // public note
            // additions to the first table: a draft is spiked (never deleted) and unspiked by its reporter or an editor
            new Row(DRAFT, StoryState.SPIKED, EnumSet.of(Who.OWNER_REPORTER, Who.EDITOR), false),
            new Row(StoryState.SPIKED, DRAFT, EnumSet.of(Who.OWNER_REPORTER, Who.EDITOR), false));

    static final StoryFacts ALL_MET = StoryFacts.of(true, 3);
    static final StoryFacts NONE_MET = new StoryFacts(
            false,
            0,
            List.of("Attribution “local media reported” is not linked to a source."),
            List.of("“Chine” may be a misspelling of “China”."));
    static final String NOTE = "See my note on paragraph 3.";

    static Row row(StoryState from, StoryState to) {
        return TABLE.stream()
                .filter(r -> r.from() == from && r.to() == to)
                .findFirst()
                .orElse(null);
    }

    /** What the table says, with every guard met and a note given. */
    static Outcome expected(StoryState from, StoryState to, Who who) {
        Row row = row(from, to);
        if (row == null) {
            return NO_SUCH_TRANSITION;
        }
        return row.who().contains(who) ? ALLOWED : NOT_PERMITTED;
    }

    /** What the table says when no guard is met and no note is given. */
    static Outcome expectedWithNothingMet(StoryState from, StoryState to, Who who) {
        Outcome outcome = expected(from, to, who);
        return outcome == ALLOWED && row(from, to).guarded() ? GUARDS_UNMET : outcome;
    }

    static List<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (StoryState from : StoryState.values()) {
            for (StoryState to : StoryState.values()) {
                for (Who who : Who.values()) {
                    cases.add(Arguments.of(from, to, who));
                }
            }
        }
        return cases;
    }

    @Test
    void everyStateTimesEveryTargetTimesEveryActorIsCovered() {
        assertEquals(7, StoryState.values().length);
        assertEquals(5, Who.values().length);
        assertEquals(7 * 7 * 5, cases().size());

        Map<Outcome, Integer> tally = new EnumMap<>(Outcome.class);
        for (Arguments c : cases()) {
            Object[] a = c.get();
            Decision d =
                    Workflow.decide((StoryState) a[0], (StoryState) a[1], ((Who) a[2]).actor, OWNER, ALL_MET, NOTE);
            tally.merge(d.outcome(), 1, Integer::sum);
        }
        // 11 moves; 15 (move, actor) pairs allowed; the other 40 pairs on those moves refused; 190 non-moves
        assertEquals(Map.of(ALLOWED, 15, NOT_PERMITTED, 40, NO_SUCH_TRANSITION, 190), tally);
    }

    @Test
    void theCodeKnowsExactlyTheMovesOfTheTable() {
        assertEquals(TABLE.size(), Transition.values().length);
        for (Transition t : Transition.values()) {
            assertNotNull(row(t.from(), t.to()), t + " is not in the workflow table of docs/design.md");
        }
    }

    @ParameterizedTest(name = "{0} → {1} by {2}")
    @MethodSource("cases")
    void decisionFollowsTheTable(StoryState from, StoryState to, Who who) {
        Decision met = Workflow.decide(from, to, who.actor, OWNER, ALL_MET, NOTE);
        assertEquals(expected(from, to, who), met.outcome(), "guards met, note given: " + met.reasons());
        assertEquals(met.allowed(), met.outcome() == ALLOWED);
        assertEquals(met.allowed(), met.reasons().isEmpty(), "reasons are given exactly when refused");

        Row row = row(from, to);
        if (row == null) {
            assertNull(met.transition());
        } else {
            assertEquals(from, met.transition().from());
            assertEquals(to, met.transition().to());
        }

        Decision nothingMet = Workflow.decide(from, to, who.actor, OWNER, NONE_MET, null);
        assertEquals(
                expectedWithNothingMet(from, to, who),
                nothingMet.outcome(),
                "no guard met, no note: " + nothingMet.reasons());
    }

    // --- guards -------------------------------------------------------------------------------------

    static Decision decide(StoryState from, StoryState to, Who who, StoryFacts facts, String note) {
        return Workflow.decide(from, to, who.actor, OWNER, facts, note);
    }

    @Test
    void submitWithoutHeadlineAndBlocksListsBothReasons() {
        Decision d = decide(DRAFT, SOURCING_REVIEW, Who.OWNER_REPORTER, StoryFacts.of(false, 0), null);
        assertEquals(GUARDS_UNMET, d.outcome());
        assertEquals(Transition.SUBMIT, d.transition());
        assertEquals(2, d.reasons().size(), d.reasons().toString());
        assertTrue(d.reasons().get(0).contains("headline"), d.reasons().get(0));
        assertTrue(d.reasons().get(1).contains("block"), d.reasons().get(1));
    }

    @Test
    void submitWithOnlyOneGuardUnmetListsOnlyThatOne() {
        Decision noHeadline = decide(DRAFT, SOURCING_REVIEW, Who.EDITOR, StoryFacts.of(false, 4), null);
        assertEquals(1, noHeadline.reasons().size());
        assertTrue(noHeadline.reasons().get(0).contains("headline"));

        Decision noBlocks = decide(DRAFT, SOURCING_REVIEW, Who.EDITOR, StoryFacts.of(true, 0), null);
        assertEquals(1, noBlocks.reasons().size());
        assertTrue(noBlocks.reasons().get(0).contains("block"));

        assertEquals(
                ALLOWED,
                decide(DRAFT, SOURCING_REVIEW, Who.EDITOR, StoryFacts.of(true, 1), null)
                        .outcome(),
                "one block is enough, and submitting needs no note");
    }

    @Test
    void approveSourcesListsEverySourcingProblem() {
        List<String> problems = List.of(
                "Attribution “local media reported” is not linked to a source.",
                "Source “Dmitry Peskov” is UNVERIFIED.",
                "Source “Yonhap” is DISPUTED.");
        Decision d = decide(SOURCING_REVIEW, COPY_EDIT, Who.EDITOR, new StoryFacts(true, 5, problems, List.of()), NOTE);
        assertEquals(GUARDS_UNMET, d.outcome());
        assertEquals(Transition.APPROVE_SOURCES, d.transition());
        assertEquals(problems, d.reasons());
    }

    @Test
    void approveSourcesIgnoresOpenFindings() {
        StoryFacts findingsOnly = new StoryFacts(true, 5, List.of(), List.of("“Chine” may be “China”."));
        assertEquals(
                ALLOWED,
                decide(SOURCING_REVIEW, COPY_EDIT, Who.EDITOR, findingsOnly, null)
                        .outcome());
        assertEquals(
                ALLOWED,
                decide(READY, PUBLISHED, Who.EDITOR, findingsOnly, null).outcome());
    }

    /** One sourcing guard on every move forward after the review: approve, sign off, publish. */
    @Test
    void theSourcingGuardStandsOnApproveSignOffAndPublish() {
        List<String> problems = List.of("“a senior diplomat told reporters” is not linked to a source.");
        StoryFacts sourcingOnly = new StoryFacts(true, 5, problems, List.of());
        for (Transition t : Transition.values()) {
            boolean guarded = t == Transition.APPROVE_SOURCES || t == Transition.SIGN_OFF || t == Transition.PUBLISH;
            assertEquals(guarded, t.guards().contains(GuardName.SOURCES), t.toString());
        }
        Decision signOff = decide(COPY_EDIT, READY, Who.COPY_EDITOR, sourcingOnly, null);
        assertEquals(GUARDS_UNMET, signOff.outcome());
        assertEquals(problems, signOff.reasons());
        Decision publish = decide(READY, PUBLISHED, Who.EDITOR, sourcingOnly, null);
        assertEquals(GUARDS_UNMET, publish.outcome());
        assertEquals(problems, publish.reasons());
        // both guards of sign-off are listed, sourcing first
        Decision both = decide(COPY_EDIT, READY, Who.COPY_EDITOR, NONE_MET, null);
        assertEquals(
                List.of(
                        NONE_MET.sourcingProblems().get(0),
                        NONE_MET.openFindings().get(0)),
                both.reasons());
    }

    @Test
    void signOffListsEveryOpenFinding() {
        List<String> findings =
                List.of("“Chine” may be a misspelling of “China”.", "“Pyongyang’s” is spelled inconsistently.");
        Decision d = decide(COPY_EDIT, READY, Who.COPY_EDITOR, new StoryFacts(true, 5, List.of(), findings), null);
        assertEquals(GUARDS_UNMET, d.outcome());
        assertEquals(Transition.SIGN_OFF, d.transition());
        assertEquals(findings, d.reasons());
    }

    static Stream<Arguments> movesNeedingANote() {
        return Stream.of(
                Arguments.of(SOURCING_REVIEW, DRAFT, Who.EDITOR),
                Arguments.of(COPY_EDIT, SOURCING_REVIEW, Who.COPY_EDITOR),
                Arguments.of(COPY_EDIT, DRAFT, Who.COPY_EDITOR),
                Arguments.of(PUBLISHED, RETRACTED, Who.EDITOR));
    }

    @ParameterizedTest(name = "{0} → {1} by {2}")
    @MethodSource("movesNeedingANote")
    void returnsAndRetractionNeedANote(StoryState from, StoryState to, Who who) {
        for (String missing : new String[] {null, "", "   ", "\t\n"}) {
            Decision d = decide(from, to, who, ALL_MET, missing);
            assertEquals(GUARDS_UNMET, d.outcome(), "note " + (missing == null ? "null" : "'" + missing + "'"));
            assertEquals(1, d.reasons().size());
            assertTrue(d.reasons().get(0).contains("note"), d.reasons().get(0));
        }
        assertEquals(
                ALLOWED, decide(from, to, who, ALL_MET, "Second source needed.").outcome());
    }

    @Test
    void retractionAsksForAPublicNote() {
        Decision d = decide(PUBLISHED, RETRACTED, Who.EDITOR, ALL_MET, "   ");
        assertTrue(d.reasons().get(0).contains("public note"), d.reasons().get(0));
    }

    @ParameterizedTest(name = "note [{0}]")
    @NullSource
    @ValueSource(strings = {"", "   "})
    void forwardMovesNeedNoNote(String note) {
        assertEquals(
                ALLOWED,
                decide(DRAFT, SOURCING_REVIEW, Who.OWNER_REPORTER, ALL_MET, note)
                        .outcome());
        assertEquals(
                ALLOWED,
                decide(SOURCING_REVIEW, COPY_EDIT, Who.EDITOR, ALL_MET, note).outcome());
        assertEquals(
                ALLOWED,
                decide(COPY_EDIT, READY, Who.COPY_EDITOR, ALL_MET, note).outcome());
        assertEquals(
                ALLOWED, decide(READY, PUBLISHED, Who.EDITOR, ALL_MET, note).outcome());
    }

    @Test
    void roleIsCheckedBeforeGuards() {
        Decision publish = decide(READY, PUBLISHED, Who.OWNER_REPORTER, NONE_MET, null);
        assertEquals(NOT_PERMITTED, publish.outcome());
        assertEquals(Transition.PUBLISH, publish.transition());
        assertEquals(List.of("Only editors may publish."), publish.reasons());

        Decision retract = decide(PUBLISHED, RETRACTED, Who.OWNER_REPORTER, NONE_MET, null);
        assertEquals(NOT_PERMITTED, retract.outcome(), "the missing note is not mentioned to a reporter");
        assertEquals(1, retract.reasons().size());
        assertFalse(retract.reasons().get(0).contains("note"), retract.reasons().get(0));

        Decision approve = decide(SOURCING_REVIEW, COPY_EDIT, Who.COPY_EDITOR, NONE_MET, null);
        assertEquals(NOT_PERMITTED, approve.outcome());
        assertEquals(1, approve.reasons().size(), "no sourcing problems are listed: " + approve.reasons());

        Decision signOff = decide(COPY_EDIT, READY, Who.EDITOR, NONE_MET, null);
        assertEquals(NOT_PERMITTED, signOff.outcome());
        assertEquals(1, signOff.reasons().size(), "no open findings are listed: " + signOff.reasons());
    }

    @Test
    void anotherReportersDraftCannotBeSubmittedAndTheRefusalSaysWhose() {
        Decision d = decide(DRAFT, SOURCING_REVIEW, Who.OTHER_REPORTER, StoryFacts.of(false, 0), null);
        assertEquals(NOT_PERMITTED, d.outcome(), "ownership is checked before the headline guard");
        assertEquals(1, d.reasons().size());
        assertTrue(d.reasons().get(0).contains(OWNER), d.reasons().get(0));
    }

    @Test
    void aReporterWhoIsAlsoAnEditorMaySubmitSomeoneElsesDraft() {
        Actor both = Actor.of("otto", Role.REPORTER, Role.EDITOR);
        assertEquals(
                ALLOWED,
                Workflow.decide(DRAFT, SOURCING_REVIEW, both, OWNER, ALL_MET, null)
                        .outcome());
    }

    @Test
    void stateIsCheckedBeforeRole() {
        Decision d = decide(DRAFT, PUBLISHED, Who.ADMIN, NONE_MET, null);
        assertEquals(NO_SUCH_TRANSITION, d.outcome());
        assertNull(d.transition());
        assertEquals(1, d.reasons().size());
        assertTrue(
                d.reasons().get(0).contains("DRAFT") && d.reasons().get(0).contains("PUBLISHED"),
                d.reasons().get(0));
    }

    // --- options ------------------------------------------------------------------------------------

    static List<Arguments> statesAndActors() {
        List<Arguments> cases = new ArrayList<>();
        for (StoryState state : StoryState.values()) {
            for (Who who : Who.values()) {
                cases.add(Arguments.of(state, who));
            }
        }
        return cases;
    }

    record Move(StoryState from, StoryState to) {}

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("statesAndActors")
    void optionsAreExactlyTheMovesTheActorMayMake(StoryState state, Who who) {
        Set<Move> expected = TABLE.stream()
                .filter(r -> r.from() == state && r.who().contains(who))
                .map(r -> new Move(r.from(), r.to()))
                .collect(Collectors.toSet());

        List<Workflow.Option> options = Workflow.options(state, who.actor, OWNER, ALL_MET);
        Set<Move> offered = options.stream()
                .map(o -> new Move(o.transition().from(), o.transition().to()))
                .collect(Collectors.toSet());
        assertEquals(expected, offered);
        assertEquals(expected.size(), options.size(), "no move offered twice");
        assertTrue(options.stream().allMatch(Workflow.Option::ready), "with all guards met every option is ready");
    }

    @Test
    void optionCountsForSomeTellingCases() {
        assertEquals(
                3,
                Workflow.options(COPY_EDIT, Who.COPY_EDITOR.actor, OWNER, ALL_MET)
                        .size());
        assertEquals(
                2,
                Workflow.options(SOURCING_REVIEW, Who.EDITOR.actor, OWNER, ALL_MET)
                        .size());
        assertEquals(
                2,
                Workflow.options(DRAFT, Who.OWNER_REPORTER.actor, OWNER, ALL_MET)
                        .size()); // submit, spike
        assertEquals(
                0,
                Workflow.options(DRAFT, Who.OTHER_REPORTER.actor, OWNER, ALL_MET)
                        .size());
        assertEquals(
                0, Workflow.options(RETRACTED, Who.EDITOR.actor, OWNER, ALL_MET).size());
    }

    @ParameterizedTest
    @EnumSource(StoryState.class)
    void adminIsOfferedNothingAnywhere(StoryState state) {
        assertTrue(Workflow.options(state, Who.ADMIN.actor, OWNER, NONE_MET).isEmpty());
    }

    @Test
    void optionsShowUnmetGuardsButNotTheNote() {
        List<Workflow.Option> copyDesk = Workflow.options(COPY_EDIT, Who.COPY_EDITOR.actor, OWNER, NONE_MET);
        assertEquals(3, copyDesk.size());
        for (Workflow.Option option : copyDesk) {
            if (option.transition() == Transition.SIGN_OFF) {
                List<String> both = new ArrayList<>(NONE_MET.sourcingProblems());
                both.addAll(NONE_MET.openFindings());
                assertEquals(both, option.unmetGuards());
                assertFalse(option.ready());
            } else {
                assertTrue(option.unmetGuards().isEmpty(), option + " should not ask for the note");
                assertTrue(option.ready());
            }
        }

        List<Workflow.Option> review = Workflow.options(SOURCING_REVIEW, Who.EDITOR.actor, OWNER, NONE_MET);
        Workflow.Option approve = review.stream()
                .filter(o -> o.transition() == Transition.APPROVE_SOURCES)
                .findFirst()
                .orElseThrow();
        assertEquals(NONE_MET.sourcingProblems(), approve.unmetGuards());
        Workflow.Option giveBack = review.stream()
                .filter(o -> o.transition() == Transition.RETURN_TO_REPORTER)
                .findFirst()
                .orElseThrow();
        assertTrue(giveBack.ready());

        List<Workflow.Option> draft = Workflow.options(DRAFT, Who.OWNER_REPORTER.actor, OWNER, NONE_MET);
        assertEquals(2, draft.size());
        Workflow.Option submit = draft.stream()
                .filter(o -> o.transition() == Transition.SUBMIT)
                .findFirst()
                .orElseThrow();
        assertEquals(2, submit.unmetGuards().size(), submit.unmetGuards().toString());
        Workflow.Option spike = draft.stream()
                .filter(o -> o.transition() == Transition.SPIKE)
                .findFirst()
                .orElseThrow();
        assertTrue(spike.ready(), "spiking needs no guard");

        List<Workflow.Option> published = Workflow.options(PUBLISHED, Who.EDITOR.actor, OWNER, NONE_MET);
        assertEquals(1, published.size());
        assertEquals(Transition.RETRACT, published.get(0).transition());
        assertTrue(published.get(0).ready(), "retraction's note is asked for when it is made");
    }
}
