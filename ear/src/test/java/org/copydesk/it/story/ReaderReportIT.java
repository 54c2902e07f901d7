package org.copydesk.it.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.copydesk.application.CorrectionService;
import org.copydesk.application.CorrectionView;
import org.copydesk.application.StoryDetails;
import org.copydesk.application.StoryNotFoundException;
import org.copydesk.application.StoryService;
import org.copydesk.application.TooManyReportsException;
import org.copydesk.application.WorkflowService;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.story.BlockType;
import org.copydesk.domain.story.StoryContent;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.Role;
import org.copydesk.domain.workflow.StoryState;
import org.copydesk.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Readers' error reports inside WildFly: validated, limited per address, queued for the desk. */
@ExtendWith(ArquillianExtension.class)
class ReaderReportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests();
    }

    @Inject
    StoryService stories;

    @Inject
    WorkflowService workflow;

    @Inject
    CorrectionService corrections;

    private StoryDetails published() {
        Actor reporter = Actor.of("reporter", Role.REPORTER);
        Actor editor = Actor.of("editor", Role.EDITOR);
        StoryDetails s = stories.create(
                new StoryContent(
                        "Rates held " + UUID.randomUUID(),
                        null,
                        null,
                        List.of(),
                        List.of(Block.of(BlockType.PARAGRAPH, "The bank kept rates at 4 percent."))),
                reporter);
        workflow.move(s.id(), StoryState.SOURCING_REVIEW, null, reporter, null);
        workflow.move(s.id(), StoryState.COPY_EDIT, null, editor, null);
        workflow.move(s.id(), StoryState.READY, null, Actor.of("copyeditor", Role.COPY_EDITOR), null);
        return workflow.move(s.id(), StoryState.PUBLISHED, null, editor, null);
    }

    @Test
    void aReportBecomesAProposalForTheDeskAndIsLimitedPerAddress() {
        StoryDetails story = published();
        String address = "203.0.113." + (int) (Math.random() * 250);
        CorrectionView first =
                corrections.report(story.slug(), "The rate was 4.25 percent, not 4.", "a@example.org", address);
        assertTrue(first.fromReader());
        assertEquals(story.id(), first.storyId());
        assertTrue(corrections.pending(0, 100).items().stream().anyMatch(c -> c.id() == first.id()));
        for (int i = 2; i <= CorrectionService.REPORTS_PER_HOUR; i++) {
            corrections.report(story.slug(), "Report number " + i + " about the rate.", null, address);
        }
        assertThrows(
                TooManyReportsException.class,
                () -> corrections.report(story.slug(), "One report too many about the rate.", null, address));
        corrections.report(story.slug(), "Another reader, another address.", null, address + "9");
    }

    @Test
    void badReportsAreRefusedWithAReason() {
        StoryDetails story = published();
        assertThrows(
                IllegalArgumentException.class, () -> corrections.report(story.slug(), "short", null, "198.51.100.1"));
        assertThrows(
                IllegalArgumentException.class,
                () -> corrections.report(
                        story.slug(), "x".repeat(CorrectionService.REPORT_MAX + 1), null, "198.51.100.1"));
        assertThrows(
                IllegalArgumentException.class,
                () -> corrections.report(story.slug(), "The rate is wrong here.", "not-an-address", "198.51.100.1"));
        assertThrows(
                StoryNotFoundException.class,
                () -> corrections.report("no-such-story", "The rate is wrong here.", null, "198.51.100.1"));
    }
}
