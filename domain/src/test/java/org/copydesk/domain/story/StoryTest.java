package org.copydesk.domain.story;

import static org.copydesk.domain.workflow.StoryState.COPY_EDIT;
import static org.copydesk.domain.workflow.StoryState.DRAFT;
import static org.copydesk.domain.workflow.StoryState.PUBLISHED;
import static org.copydesk.domain.workflow.StoryState.READY;
import static org.copydesk.domain.workflow.StoryState.RETRACTED;
import static org.copydesk.domain.workflow.StoryState.SOURCING_REVIEW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.domain.exception.TransitionRefusedException;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.Role;
import org.copydesk.domain.workflow.StoryFacts;
import org.copydesk.domain.workflow.StoryState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class StoryTest {

    static final Instant T0 = Instant.parse("2024-11-05T08:00:00Z");

    static final Actor RITA = Actor.of("rita", Role.REPORTER);
    static final Actor OTTO = Actor.of("otto", Role.REPORTER);
    static final Actor EDDIE = Actor.of("eddie", Role.EDITOR);
    static final Actor CORA = Actor.of("cora", Role.COPY_EDITOR);
    static final Actor ADA = Actor.of("ada", Role.ADMIN);

    static final StoryFacts MET = StoryFacts.of(true, 2);

    static StoryContent content(String headline, String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) {
            blocks.add(Block.of(BlockType.PARAGRAPH, p));
        }
        return new StoryContent(headline, null, "Rita Reporter", List.of("Korea"), blocks);
    }

    static final StoryContent FIRST = content(
            "Russia sends troops to border with North Korea: Reports",
            "Russia has reportedly sent troops to its border with North Korea.");

    static Story draftBy(Actor author) {
        return Story.draft("russia-sends-troops", FIRST, author, "fp-1", T0);
    }

    /** As JPA would after persisting: the generated id is set on the private field. */
    static Story stored(Story story, long id) {
        try {
            Field field = Story.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(story, id);
            return story;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** A stored story by Rita, moved by the right people (with a note where one is needed) into a state. */
    static Story storyIn(StoryState state) {
        Story story = stored(draftBy(RITA), 7L);
        story.firstRevision(null);
        Instant t = T0;
        if (state == StoryState.SPIKED) {
            story.moveTo(StoryState.SPIKED, RITA, MET, null, t.plusSeconds(60));
            return story;
        }
        List<Object[]> path = List.of(
                new Object[] {SOURCING_REVIEW, RITA},
                new Object[] {COPY_EDIT, EDDIE},
                new Object[] {READY, CORA},
                new Object[] {PUBLISHED, EDDIE},
                new Object[] {RETRACTED, EDDIE});
        for (Object[] step : path) {
            if (story.getState() == state) {
                break;
            }
            t = t.plusSeconds(60);
            story.moveTo((StoryState) step[0], (Actor) step[1], MET, "note", t);
        }
        assertEquals(state, story.getState());
        return story;
    }

    // --- creating -----------------------------------------------------------------------------------

    @Test
    void aReporterDraftsAStory() {
        Story story = draftBy(RITA);
        assertEquals(DRAFT, story.getState());
        assertEquals("rita", story.getReporter());
        assertEquals("russia-sends-troops", story.getSlug());
        assertEquals("fp-1", story.getFingerprint());
        assertEquals(FIRST, story.content());
        assertEquals(FIRST.headline(), story.getHeadline());
        assertEquals(T0, story.getCreatedAt());
        assertEquals(T0, story.getUpdatedAt());
        assertEquals("rita", story.getUpdatedBy());
        assertEquals(1, story.getCurrentRevision(), "a new story is at revision 1, written once with it");
        assertNull(story.getPublishedAt());
        assertTrue(story.getTransitions().isEmpty());
    }

    @Test
    void anEditorDraftsAStoryAndIsItsReporter() {
        Story story = draftBy(EDDIE);
        assertEquals(DRAFT, story.getState());
        assertEquals("eddie", story.getReporter());
    }

    @Test
    void copyEditorsAdminsAndRolelessActorsCannotDraft() {
        for (Actor actor : List.of(CORA, ADA, Actor.of("nobody"))) {
            assertThrows(NotPermittedException.class, () -> draftBy(actor), actor.toString());
        }
    }

    @Test
    void factsReflectHeadlineAndBlocks() {
        assertEquals(StoryFacts.of(true, 1), draftBy(RITA).facts());
        Story empty = Story.draft("empty", new StoryContent("Headline only", null, null, null, null), RITA, null, T0);
        assertEquals(StoryFacts.of(true, 0), empty.facts());
    }

    // --- revisions ----------------------------------------------------------------------------------

    @Test
    void firstRevisionNeedsTheIdAndIsMadeOnce() {
        Story story = draftBy(RITA);
        assertThrows(IllegalStateException.class, () -> story.firstRevision("Created"));
        stored(story, 42L);

        Revision first = story.firstRevision(null);
        assertEquals(42L, first.getStoryId());
        assertEquals(1, first.getNumber());
        assertEquals("rita", first.getAuthor());
        assertEquals(T0, first.getCreatedAt());
        assertEquals("Created", first.getReason());
        assertEquals(FIRST.headline(), first.getHeadline());
        assertEquals(FIRST.asText(), first.getText());
        assertEquals(1, story.getCurrentRevision());

        assertThrows(IllegalStateException.class, () -> story.firstRevision("again"));
        assertEquals(1, story.getCurrentRevision());
    }

    @Test
    void firstRevisionKeepsAGivenReason() {
        Story story = stored(draftBy(RITA), 1L);
        assertEquals("Imported", story.firstRevision("Imported").getReason());
    }

    @Test
    void ownerRevisesDraftAndGetsRevisionTwo() {
        Story story = storyIn(DRAFT);
        StoryContent second = content(
                FIRST.headline(),
                "Russia has reportedly sent troops to its border with North Korea.",
                "Moscow did not comment.");
        Instant later = T0.plusSeconds(3600);

        Optional<Revision> revision = story.revise(second, RITA, "  Added Moscow's reaction  ", later);

        assertTrue(revision.isPresent());
        Revision r = revision.get();
        assertEquals(7L, r.getStoryId());
        assertEquals(2, r.getNumber());
        assertEquals("rita", r.getAuthor());
        assertEquals(later, r.getCreatedAt());
        assertEquals("Added Moscow's reaction", r.getReason());
        assertEquals(second.asText(), r.getText());
        assertTrue(r.getText().contains("Moscow did not comment."));

        assertEquals(second, story.content());
        assertEquals(2, story.getCurrentRevision());
        assertEquals(later, story.getUpdatedAt());
        assertEquals("rita", story.getUpdatedBy());
        assertEquals(StoryFacts.of(true, 2), story.facts());
    }

    @Test
    void aBlankReasonBecomesEdited() {
        Story story = storyIn(DRAFT);
        Revision r = story.revise(content("A new headline", "Body."), EDDIE, "  ", T0.plusSeconds(5))
                .orElseThrow();
        assertEquals("Edited", r.getReason());
        assertEquals("eddie", r.getAuthor());
        assertEquals("rita", story.getReporter(), "an editor's edit does not change the owner");
    }

    @Test
    void unchangedContentMakesNoRevision() {
        Story story = storyIn(DRAFT);
        Instant before = story.getUpdatedAt();
        StoryContent same = new StoryContent(
                FIRST.headline(), null, "  Rita   Reporter ", List.of("Korea", "Korea"), FIRST.blocks());
        assertEquals(FIRST, same, "normalised to the same content");

        assertEquals(Optional.empty(), story.revise(same, RITA, "no-op", T0.plusSeconds(99)));
        assertEquals(1, story.getCurrentRevision());
        assertEquals(before, story.getUpdatedAt());
    }

    /** docs/design.md and Story.editRefusal, transcribed: who may edit the text in each state. */
    static final Map<StoryState, Set<String>> EDITORS = Map.of(
            DRAFT,
            Set.of("rita", "eddie"),
            SOURCING_REVIEW,
            Set.of("eddie"),
            COPY_EDIT,
            Set.of("cora", "eddie"),
            READY,
            Set.of("cora", "eddie"),
            PUBLISHED,
            Set.of(),
            RETRACTED,
            Set.of(),
            StoryState.SPIKED,
            Set.of());

    static List<Arguments> statesAndActors() {
        List<Arguments> cases = new ArrayList<>();
        for (StoryState state : StoryState.values()) {
            for (Actor actor : List.of(RITA, OTTO, EDDIE, CORA, ADA)) {
                cases.add(Arguments.of(state, actor));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("statesAndActors")
    void editRulesPerState(StoryState state, Actor actor) {
        Story story = storyIn(state);
        boolean mayEdit = EDITORS.get(state).contains(actor.username());
        String refusal = story.editRefusal(actor);
        StoryContent changed = content("Edited headline by " + actor.username(), "New body.");
        int revisionBefore = story.getCurrentRevision();

        if (mayEdit) {
            assertNull(refusal);
            Revision r =
                    story.revise(changed, actor, "edit", T0.plusSeconds(9999)).orElseThrow();
            assertEquals(revisionBefore + 1, r.getNumber());
            assertEquals(changed, story.content());
        } else {
            assertNotNull(refusal);
            NotPermittedException e = assertThrows(
                    NotPermittedException.class, () -> story.revise(changed, actor, "edit", T0.plusSeconds(9999)));
            assertEquals(refusal, e.getMessage());
            assertEquals(FIRST, story.content(), "refused edit leaves the text alone");
            assertEquals(revisionBefore, story.getCurrentRevision());
        }
    }

    @Test
    void permissionIsCheckedEvenWhenNothingChanged() {
        Story story = storyIn(DRAFT);
        assertThrows(NotPermittedException.class, () -> story.revise(FIRST, OTTO, "no-op", T0));
        assertThrows(NotPermittedException.class, () -> storyIn(PUBLISHED).revise(FIRST, EDDIE, "no-op", T0));
    }

    @Test
    void publishedStoriesPointToCorrections() {
        assertTrue(storyIn(PUBLISHED).editRefusal(EDDIE).contains("correction"));
    }

    // --- moving -------------------------------------------------------------------------------------

    @Test
    void moveRecordsWhoWhenFromToAndTrimmedNote() {
        Story story = storyIn(SOURCING_REVIEW);
        Instant at = T0.plusSeconds(7200);

        TransitionRecord record =
                story.moveTo(DRAFT, EDDIE, MET, "  Needs a second source for the troop numbers.\n", at);

        assertEquals(SOURCING_REVIEW, record.from());
        assertEquals(DRAFT, record.to());
        assertEquals("eddie", record.actor());
        assertEquals(at, record.at());
        assertEquals("Needs a second source for the troop numbers.", record.note());
        assertEquals(DRAFT, story.getState());
        assertEquals(at, story.getUpdatedAt());
        assertEquals("eddie", story.getUpdatedBy());
        List<TransitionRecord> log = story.getTransitions();
        assertSame(record, log.get(log.size() - 1));
        assertEquals(1, story.getCurrentRevision(), "moving makes no revision");
    }

    @Test
    void aBlankNoteIsRecordedAsNone() {
        Story story = storyIn(DRAFT);
        assertNull(story.moveTo(SOURCING_REVIEW, RITA, MET, "   ", T0.plusSeconds(1))
                .note());
    }

    @Test
    void unmetGuardsRefuseWithEveryReasonAndChangeNothing() {
        Story story = stored(Story.draft("bare", new StoryContent("Bare", null, null, null, null), RITA, null, T0), 3L);
        StoryFacts facts = StoryFacts.of(false, 0);

        TransitionRefusedException e = assertThrows(
                TransitionRefusedException.class,
                () -> story.moveTo(SOURCING_REVIEW, RITA, facts, null, T0.plusSeconds(1)));
        assertEquals(2, e.reasons().size(), e.reasons().toString());
        assertTrue(e.getMessage().contains("SOURCING_REVIEW"), e.getMessage());
        assertEquals(DRAFT, story.getState());
        assertTrue(story.getTransitions().isEmpty());
        assertEquals(T0, story.getUpdatedAt());

        TransitionRefusedException own = assertThrows(
                TransitionRefusedException.class,
                () -> story.moveTo(SOURCING_REVIEW, RITA, story.facts(), null, T0.plusSeconds(1)));
        assertEquals(1, own.reasons().size(), "the story's own facts: headline but no block");
        assertTrue(own.reasons().get(0).contains("block"));
    }

    @Test
    void sourcingAndFindingsGuardsListEachProblem() {
        Story review = storyIn(SOURCING_REVIEW);
        List<String> problems = List.of("“local media reported” is not linked.", "Source “Yonhap” is DISPUTED.");
        TransitionRefusedException e = assertThrows(
                TransitionRefusedException.class,
                () -> review.moveTo(COPY_EDIT, EDDIE, new StoryFacts(true, 1, problems, List.of()), null, T0));
        assertEquals(problems, e.reasons());
        assertEquals(SOURCING_REVIEW, review.getState());

        Story desk = storyIn(COPY_EDIT);
        List<String> findings = List.of("“Chine” may be “China”.");
        TransitionRefusedException f = assertThrows(
                TransitionRefusedException.class,
                () -> desk.moveTo(READY, CORA, new StoryFacts(true, 1, List.of(), findings), null, T0));
        assertEquals(findings, f.reasons());
        assertEquals(COPY_EDIT, desk.getState());
    }

    @Test
    void aReturnWithoutANoteIsRefused() {
        Story story = storyIn(COPY_EDIT);
        TransitionRefusedException e =
                assertThrows(TransitionRefusedException.class, () -> story.moveTo(DRAFT, CORA, MET, " ", T0));
        assertEquals(1, e.reasons().size());
        assertEquals(COPY_EDIT, story.getState());
    }

    @Test
    void aMoveThatDoesNotExistIsRefused() {
        Story story = storyIn(DRAFT);
        TransitionRefusedException e =
                assertThrows(TransitionRefusedException.class, () -> story.moveTo(PUBLISHED, EDDIE, MET, null, T0));
        assertEquals(List.of(e.getMessage()), e.reasons());
        assertEquals(DRAFT, story.getState());
    }

    @Test
    void wrongRoleOrOwnerIsNotPermittedAndChangesNothing() {
        Story draft = storyIn(DRAFT);
        NotPermittedException other =
                assertThrows(NotPermittedException.class, () -> draft.moveTo(SOURCING_REVIEW, OTTO, MET, null, T0));
        assertTrue(other.getMessage().contains("rita"), other.getMessage());
        assertThrows(NotPermittedException.class, () -> draft.moveTo(SOURCING_REVIEW, CORA, MET, null, T0));
        assertEquals(DRAFT, draft.getState());
        assertTrue(draft.getTransitions().isEmpty());

        Story ready = storyIn(READY);
        int logSize = ready.getTransitions().size();
        assertThrows(NotPermittedException.class, () -> ready.moveTo(PUBLISHED, RITA, MET, null, T0));
        assertEquals(READY, ready.getState());
        assertNull(ready.getPublishedAt());
        assertEquals(logSize, ready.getTransitions().size());
    }

    @Test
    void publishedAtIsSetOnPublishAndKeptAfterRetraction() {
        Story story = storyIn(READY);
        assertNull(story.getPublishedAt());
        Instant publish = T0.plusSeconds(86_400);
        story.moveTo(PUBLISHED, EDDIE, MET, null, publish);
        assertEquals(publish, story.getPublishedAt());

        story.moveTo(RETRACTED, EDDIE, MET, "The troop movement was not confirmed.", publish.plusSeconds(3600));
        assertEquals(publish, story.getPublishedAt());
        assertEquals(publish.plusSeconds(3600), story.getUpdatedAt());
    }

    @ParameterizedTest
    @EnumSource(StoryState.class)
    void aRetractedStoryGoesNowhere(StoryState target) {
        Story story = storyIn(RETRACTED);
        assertThrows(TransitionRefusedException.class, () -> story.moveTo(target, EDDIE, MET, "note", T0));
        assertEquals(RETRACTED, story.getState());
    }

    @Test
    void theLogCannotBeChangedFromOutside() {
        Story story = storyIn(COPY_EDIT);
        List<TransitionRecord> log = story.getTransitions();
        assertThrows(UnsupportedOperationException.class, log::clear);
        assertEquals(2, story.getTransitions().size());
    }

    @Test
    void wholeLifeOfAStoryIsLoggedInOrder() {
        Story story = stored(draftBy(RITA), 11L);
        story.firstRevision(null);
        Instant t = T0;

        story.moveTo(SOURCING_REVIEW, RITA, MET, null, t = t.plusSeconds(60));
        story.moveTo(DRAFT, EDDIE, MET, "Who are the 'local media'? Name them.", t = t.plusSeconds(60));
        story.revise(
                content(FIRST.headline(), "Yonhap reported that Russia sent troops to the border."),
                RITA,
                "Named the outlet",
                t = t.plusSeconds(60));
        story.moveTo(SOURCING_REVIEW, RITA, MET, "Named Yonhap.", t = t.plusSeconds(60));
        story.moveTo(COPY_EDIT, EDDIE, MET, null, t = t.plusSeconds(60));
        story.moveTo(SOURCING_REVIEW, CORA, MET, "Paragraph 4 quotes an unlinked source.", t = t.plusSeconds(60));
        story.moveTo(COPY_EDIT, EDDIE, MET, null, t = t.plusSeconds(60));
        story.moveTo(DRAFT, CORA, MET, "Headline overstates the report.", t = t.plusSeconds(60));
        story.moveTo(SOURCING_REVIEW, EDDIE, MET, null, t = t.plusSeconds(60));
        story.moveTo(COPY_EDIT, EDDIE, MET, null, t = t.plusSeconds(60));
        story.moveTo(READY, CORA, MET, null, t = t.plusSeconds(60));
        Instant published = t = t.plusSeconds(60);
        story.moveTo(PUBLISHED, EDDIE, MET, null, published);
        story.moveTo(RETRACTED, EDDIE, MET, "  Yonhap withdrew its report.  ", t = t.plusSeconds(60));

        List<String> expected = List.of(
                "DRAFT>SOURCING_REVIEW rita null",
                "SOURCING_REVIEW>DRAFT eddie Who are the 'local media'? Name them.",
                "DRAFT>SOURCING_REVIEW rita Named Yonhap.",
                "SOURCING_REVIEW>COPY_EDIT eddie null",
                "COPY_EDIT>SOURCING_REVIEW cora Paragraph 4 quotes an unlinked source.",
                "SOURCING_REVIEW>COPY_EDIT eddie null",
                "COPY_EDIT>DRAFT cora Headline overstates the report.",
                "DRAFT>SOURCING_REVIEW eddie null",
                "SOURCING_REVIEW>COPY_EDIT eddie null",
                "COPY_EDIT>READY cora null",
                "READY>PUBLISHED eddie null",
                "PUBLISHED>RETRACTED eddie Yonhap withdrew its report.");
        List<TransitionRecord> log = story.getTransitions();
        assertEquals(
                expected,
                log.stream()
                        .map(r -> r.from() + ">" + r.to() + " " + r.actor() + " " + r.note())
                        .toList());
        for (int i = 0; i < log.size(); i++) {
            assertEquals(
                    T0.plusSeconds(60L * (i + 1) + (i >= 2 ? 60 : 0)),
                    log.get(i).at(),
                    "time of entry " + i);
        }
        assertEquals(RETRACTED, story.getState());
        assertEquals(published, story.getPublishedAt());
        assertEquals(2, story.getCurrentRevision());
        assertEquals("rita", story.getReporter());
    }
}
