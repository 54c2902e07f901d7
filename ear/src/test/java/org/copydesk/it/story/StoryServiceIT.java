package org.copydesk.it.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.copydesk.application.Page;
import org.copydesk.application.RevisionService;
import org.copydesk.application.StaleStoryException;
import org.copydesk.application.StoryDetails;
import org.copydesk.application.StoryNotFoundException;
import org.copydesk.application.StoryQueries;
import org.copydesk.application.StoryService;
import org.copydesk.application.StorySummary;
import org.copydesk.application.UserService;
import org.copydesk.application.WorkflowService;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.domain.exception.TransitionRefusedException;
import org.copydesk.domain.revision.DiffSegment;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.story.BlockType;
import org.copydesk.domain.story.StoryContent;
import org.copydesk.domain.story.StoryQuery;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.Role;
import org.copydesk.domain.workflow.StoryState;
import org.copydesk.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs inside WildFly: the application services and JPA repositories on the real H2 database. */
@ExtendWith(ArquillianExtension.class)
class StoryServiceIT {

    static final Actor REPORTER = Actor.of("reporter", Role.REPORTER);
    static final Actor EDITOR = Actor.of("editor", Role.EDITOR);
    static final Actor COPY_EDITOR = Actor.of("copyeditor", Role.COPY_EDITOR);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests();
    }

    @Inject
    StoryService stories;

    @Inject
    StoryQueries queries;

    @Inject
    WorkflowService workflow;

    @Inject
    RevisionService revisions;

    @Inject
    UserService users;

    static StoryContent content(String headline, String... paragraphs) {
        return new StoryContent(
                headline,
                null,
                null,
                List.of("World News"),
                java.util.Arrays.stream(paragraphs)
                        .map(p -> Block.of(BlockType.PARAGRAPH, p))
                        .toList());
    }

    @Test
    void seedStoryIsImportedAsTheReportersDraft() {
        // Other tests may fix the seed's typo later (the archive sweep); revision 1 is as imported.
        StoryDetails seed = queries.findBySlug("russia-sends-troops-to-border-with-north-korea-reports");
        assertEquals("Russia sends troops to border with North Korea: Reports", seed.headline());
        assertEquals("reporter", seed.reporter());
        assertEquals(List.of("Asia-Pacific", "Korea", "World News"), seed.sections());
        assertEquals(17, seed.blocks().size());
        assertEquals(BlockType.SUBHEADING, seed.blocks().get(9).type());
        assertTrue(seed.blocks().stream().noneMatch(b -> b.text().contains("Back to top button")));
        var imported = revisions.revision(seed.id(), 1);
        assertTrue(imported.text().contains("## ‘Chine mobilizes forces, too’"), imported.text());
        assertTrue(
                imported.reason().contains("Back to top button"),
                "the removed debris is reported in the first revision's reason");
    }

    @Test
    void accountsAreProvisionedFromATextOnceAndAMalformedTextCreatesNone() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String desk = "desk" + suffix;
        String chief = "chief" + suffix;
        IllegalArgumentException bad = assertThrows(
                IllegalArgumentException.class,
                () -> users.provision(
                        desk + " REPORTER longenough1 Dana Desk\n" + chief + " EDITOR,PUBLISHER longenough2\n"));
        assertTrue(bad.getMessage().contains("line 2") && bad.getMessage().contains("PUBLISHER"), bad.getMessage());
        assertTrue(users.verify(desk, "longenough1").isEmpty(), "nothing is created when a line is wrong");

        String accounts = "# first accounts\n\n" + desk + " REPORTER longenough1 Dana Desk\n" + chief
                + " editor,admin longenough2\n";
        assertEquals(List.of(desk, chief), users.provision(accounts));
        assertEquals(
                Set.of(Role.REPORTER),
                users.verify(desk, "longenough1").orElseThrow().roles());
        assertEquals(
                Set.of(Role.EDITOR, Role.ADMIN),
                users.verify(chief, "longenough2").orElseThrow().roles());
        assertEquals(
                List.of(),
                users.provision(accounts.replace("longenough1", "changedpassword")),
                "existing accounts are left as they are");
        assertTrue(users.verify(desk, "longenough1").isPresent());
    }

    @Test
    void demoUsersSignInWithHashedPasswords() {
        assertEquals(
                Set.of(Role.EDITOR),
                users.verify("editor", "copydesk").orElseThrow().roles());
        assertTrue(users.verify("editor", "wrong").isEmpty());
        assertTrue(users.verify("nobody", "copydesk").isEmpty());
    }

    @Test
    void repeatedWrongPasswordsLockTheSignInForAWhile() {
        String name = "guessme" + UUID.randomUUID().toString().substring(0, 8);
        users.register(name, "Guess Me", "right-password", Set.of(Role.REPORTER));
        assertTrue(users.verify(name, "right-password").isPresent());
        for (int i = 0; i < UserService.FAILURES_BEFORE_LOCK; i++) {
            assertTrue(users.verify(name, "wrong-" + i).isEmpty());
        }
        assertTrue(users.verify(name, "right-password").isEmpty(), "locked: even the right password is refused");
        assertTrue(users.verify("editor", "copydesk").isPresent(), "other users are not affected");
    }

    @Test
    void everySaveMakesARevisionAndTheDiffShowsTheWords() {
        StoryDetails created = stories.create(
                content("Council approves budget " + UUID.randomUUID(), "The council voted 7 to 2."), REPORTER);
        assertEquals(1, created.revision());
        StoryDetails saved = stories.update(
                created.id(),
                created.version(),
                content(created.headline(), "The council voted 8 to 1."),
                REPORTER,
                "Corrected the vote");
        assertEquals(2, saved.revision());
        assertNotEquals(created.version(), saved.version());
        var history = revisions.history(created.id(), 0, 10);
        assertEquals(2, history.total());
        assertEquals("Corrected the vote", history.items().get(0).reason());
        assertEquals("reporter", history.items().get(0).author());
        List<DiffSegment> diff = revisions.diff(created.id(), 1, 2).segments();
        assertTrue(diff.contains(new DiffSegment(DiffSegment.Kind.DELETE, "7")), diff.toString());
        assertTrue(diff.contains(new DiffSegment(DiffSegment.Kind.INSERT, "8")), diff.toString());
    }

    @Test
    void staleSaveIsRefusedWithTheNewerVersion() {
        StoryDetails created =
                stories.create(content("Harbour reopens " + UUID.randomUUID(), "Ships return."), REPORTER);
        StoryDetails first = stories.update(
                created.id(),
                created.version(),
                content(created.headline(), "Ships return on Monday."),
                REPORTER,
                "Day");
        StaleStoryException stale = assertThrows(
                StaleStoryException.class,
                () -> stories.update(
                        created.id(),
                        created.version(),
                        content(created.headline(), "Ships return soon."),
                        EDITOR,
                        "Vaguer"));
        assertEquals(first.version(), stale.current().version());
        assertEquals(
                "Ships return on Monday.",
                queries.find(created.id()).blocks().get(0).text());
    }

    @Test
    void workflowIsEnforcedAndLogged() {
        StoryDetails s =
                stories.create(content("Rail strike called off " + UUID.randomUUID(), "Unions agree."), REPORTER);
        assertThrows(
                NotPermittedException.class,
                () -> workflow.move(s.id(), StoryState.SOURCING_REVIEW, null, Actor.of("other", Role.REPORTER), null));
        workflow.move(s.id(), StoryState.SOURCING_REVIEW, null, REPORTER, null);
        TransitionRefusedException noNote = assertThrows(
                TransitionRefusedException.class, () -> workflow.move(s.id(), StoryState.DRAFT, " ", EDITOR, null));
        assertEquals(1, noNote.reasons().size());
        workflow.move(s.id(), StoryState.DRAFT, "Who confirmed this?", EDITOR, null);
        workflow.move(s.id(), StoryState.SOURCING_REVIEW, null, REPORTER, null);
        workflow.move(s.id(), StoryState.COPY_EDIT, null, EDITOR, null);
        workflow.move(s.id(), StoryState.READY, null, COPY_EDITOR, null);
        assertThrows(
                NotPermittedException.class,
                () -> workflow.move(s.id(), StoryState.PUBLISHED, null, COPY_EDITOR, null));
        StoryDetails published = workflow.move(s.id(), StoryState.PUBLISHED, null, EDITOR, null);
        assertEquals(StoryState.PUBLISHED, published.state());
        assertTrue(published.publishedAt() != null);
        var log = workflow.log(s.id());
        assertEquals(6, log.size());
        assertEquals("Who confirmed this?", log.get(1).note());
        assertEquals("editor", log.get(1).actor());
        assertEquals(published.slug(), queries.published(published.slug()).slug());
    }

    @Test
    void unpublishedStoriesAreNotPublic() {
        StoryDetails s = stories.create(content("Embargoed " + UUID.randomUUID(), "Not yet."), REPORTER);
        assertThrows(StoryNotFoundException.class, () -> queries.published(s.slug()));
    }

    @Test
    void sameHeadlineGetsItsOwnSlug() {
        String headline = "Storm closes harbour " + UUID.randomUUID();
        StoryDetails first = stories.create(content(headline, "First."), REPORTER);
        StoryDetails second = stories.create(content(headline, "Second."), REPORTER);
        assertEquals(first.slug() + "-2", second.slug());
    }

    @Test
    void listsArePagedAndFilteredInTheDatabase() {
        String marker = "zebra" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            stories.create(content("Paging story " + i, "Body with " + marker + " " + i), REPORTER);
        }
        Page<StorySummary> first = queries.search(new StoryQuery(Set.of(StoryState.DRAFT), null, marker), 0, 2);
        assertEquals(2, first.items().size());
        assertEquals(3, first.total());
        Page<StorySummary> second = queries.search(new StoryQuery(Set.of(StoryState.DRAFT), null, marker), 1, 2);
        assertEquals(1, second.items().size());
        assertFalse(first.items().contains(second.items().get(0)));
        assertEquals(
                0,
                queries.search(new StoryQuery(Set.of(StoryState.PUBLISHED), null, marker), 0, 2)
                        .total());
    }

    @Test
    void unknownStoryIsNotFound() {
        assertThrows(StoryNotFoundException.class, () -> queries.find(-1));
    }
}
