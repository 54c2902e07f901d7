package org.copydesk.it.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.copydesk.application.CorrectionService;
import org.copydesk.application.CorrectionView;
import org.copydesk.application.StoryDetails;
import org.copydesk.application.StoryService;
import org.copydesk.application.TooManyReportsException;
import org.copydesk.application.WorkflowService;
import org.copydesk.domain.correction.CorrectionKind;
import org.copydesk.domain.correction.CorrectionRepository;
import org.copydesk.domain.correction.CorrectionStatus;
import org.copydesk.domain.exception.NotPermittedException;
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

/**
 * Inside WildFly: the four-eyes switch ({@code copydesk.corrections.fourEyes}), and what is stored of a reader
 * (a keyed hash for the hourly limit, erased after the hour; never the address).
 */
@ExtendWith(ArquillianExtension.class)
class CorrectionRulesIT {

    private static final Actor REPORTER = Actor.of("reporter", Role.REPORTER);
    private static final Actor EDITOR = Actor.of("editor", Role.EDITOR);

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

    @Inject
    CorrectionRepository records;

    @PersistenceContext(unitName = "copydesk")
    EntityManager em;

    @Inject
    UserTransaction tx;

    private StoryDetails published() {
        StoryDetails s = stories.create(
                new StoryContent(
                        "Four eyes " + UUID.randomUUID(),
                        null,
                        null,
                        List.of(),
                        List.of(Block.of(BlockType.PARAGRAPH, "The council met on Monday."))),
                REPORTER);
        workflow.move(s.id(), StoryState.SOURCING_REVIEW, null, REPORTER, null);
        workflow.move(s.id(), StoryState.COPY_EDIT, null, EDITOR, null);
        workflow.move(s.id(), StoryState.READY, null, Actor.of("copyeditor", Role.COPY_EDITOR), null);
        return workflow.move(s.id(), StoryState.PUBLISHED, null, EDITOR, null);
    }

    private CorrectionView proposeAsEditor(StoryDetails story) {
        return corrections.propose(
                story.id(),
                CorrectionKind.CORRECTION,
                story.blocks().get(0).key(),
                "Monday",
                "Tuesday",
                "Minutes say Tuesday",
                "An earlier version gave the wrong day.",
                EDITOR);
    }

    @Test
    void theFourEyesRuleIsOnUnlessTurnedOff() {
        assertEquals(null, System.getProperty(CorrectionService.FOUR_EYES_PROPERTY), "on by default: not set");
        StoryDetails story = published();
        CorrectionView own = proposeAsEditor(story);
        assertThrows(
                NotPermittedException.class, () -> corrections.apply(own.id(), null, null, null, null, null, EDITOR));
        System.setProperty(CorrectionService.FOUR_EYES_PROPERTY, "false");
        try {
            CorrectionView applied = corrections.apply(own.id(), null, null, null, null, null, EDITOR);
            assertEquals(CorrectionStatus.APPLIED, applied.status(), "off: a one-editor desk applies its own");
        } finally {
            System.clearProperty(CorrectionService.FOUR_EYES_PROPERTY);
        }
    }

    @Test
    void aReaderIsStoredAsAKeyedHashThatIsErasedAfterTheHour() throws Exception {
        StoryDetails story = published();
        String address = "198.51.100." + (int) (Math.random() * 250);
        CorrectionView report = corrections.report(story.slug(), "The council met on Tuesday.", null, address);
        assertEquals("reader", report.proposedBy());
        @SuppressWarnings("unchecked")
        List<Object[]> row = em.createNativeQuery(
                        "select proposed_by, reader_key, reason from correction where id = ?1")
                .setParameter(1, report.id())
                .getResultList();
        String key = String.valueOf(row.get(0)[1]);
        assertEquals(64, key.length(), "an HMAC-SHA256 in hex");
        for (Object column : row.get(0)) {
            assertFalse(String.valueOf(column).contains(address), "no column holds the address: " + column);
        }
        assertNotEquals(key, records.readerKeySecret("unused"), "the secret is not the key");
        String otherKey = String.valueOf(em.createNativeQuery("select reader_key from correction where id = ?1")
                .setParameter(
                        1,
                        corrections
                                .report(story.slug(), "Another reader says Wednesday.", null, address + "1")
                                .id())
                .getSingleResult());
        assertNotEquals(key, otherKey, "another address, another key");

        for (int i = 2; i <= CorrectionService.REPORTS_PER_HOUR; i++) {
            corrections.report(story.slug(), "Report number " + i + " about the day.", null, address);
        }
        assertThrows(
                TooManyReportsException.class,
                () -> corrections.report(story.slug(), "One report too many about the day.", null, address));

        // once their hour is over the keys are erased: nothing is left that stands for the reader
        tx.begin();
        records.forgetReaderKeys(Instant.now().plusSeconds(1));
        tx.commit();
        assertEquals(
                0L,
                ((Number) em.createNativeQuery("select count(*) from correction where reader_key is not null")
                                .getSingleResult())
                        .longValue());
        assertEquals(0L, records.reportsSince(key, Instant.now().minusSeconds(3600)));
    }
}
