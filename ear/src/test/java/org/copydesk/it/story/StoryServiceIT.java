package org.copydesk.it.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.UUID;
import org.copydesk.application.Page;
import org.copydesk.application.StoryDetails;
import org.copydesk.application.StoryNotFoundException;
import org.copydesk.application.StoryService;
import org.copydesk.application.StorySummary;
import org.copydesk.domain.story.StoryRepository;
import org.copydesk.domain.story.StoryState;
import org.copydesk.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs inside WildFly: the service and the JPA repository on the real H2 database. */
@ExtendWith(ArquillianExtension.class)
class StoryServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(StoryServiceIT.class.getPackage());
    }

    @Inject
    StoryService service;

    @Inject
    StoryRepository repository;

    @Test
    void seedStoryIsThereAfterDeployment() {
        StoryDetails seed = service.findBySlug("russia-sends-troops-to-border-with-north-korea-reports");
        assertEquals("Russia sends troops to border with North Korea: Reports", seed.headline());
        assertTrue(seed.body().contains("‘Chine mobilizes forces, too’"));
        assertTrue(!seed.body().contains("Back to top button"), "debris is removed");
    }

    @Test
    void createdStoryIsStoredAndFoundAgain() {
        String headline = "Council approves budget " + UUID.randomUUID();
        StoryDetails created = service.create(headline, "The council voted 7 to 2.");
        StoryDetails found = service.find(created.id());
        assertEquals(headline, found.headline());
        assertEquals(StoryState.DRAFT, found.state());
        assertEquals(0, found.version());
        assertTrue(repository.findBySlug(created.slug()).isPresent());
    }

    @Test
    void sameHeadlineGetsItsOwnSlug() {
        String headline = "Storm closes harbour " + UUID.randomUUID();
        StoryDetails first = service.create(headline, "First.");
        StoryDetails second = service.create(headline, "Second.");
        assertNotEquals(first.slug(), second.slug());
        assertEquals(first.slug() + "-2", second.slug());
    }

    @Test
    void listsArePagedInTheDatabase() {
        for (int i = 0; i < 3; i++) {
            service.create("Paging story " + i + " " + UUID.randomUUID(), "Body " + i);
        }
        long total = repository.count();
        Page<StorySummary> first = service.list(0, 2);
        assertEquals(2, first.items().size());
        assertEquals(total, first.total());
        Page<StorySummary> second = service.list(1, 2);
        assertTrue(second.items().stream().noneMatch(first.items()::contains), "pages do not overlap");
    }

    @Test
    void unknownStoryIsNotFound() {
        assertThrows(StoryNotFoundException.class, () -> service.find(-1));
    }
}
