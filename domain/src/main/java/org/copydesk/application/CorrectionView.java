package org.copydesk.application;

import java.io.Serializable;
import java.time.Instant;
import org.copydesk.domain.copydesk.Correction;
import org.copydesk.domain.copydesk.CorrectionKind;
import org.copydesk.domain.copydesk.CorrectionStatus;

/** A correction (or a reader's report) with the story it belongs to. */
public record CorrectionView(long id, long storyId, String storySlug, String storyHeadline, CorrectionKind kind,
        String blockKey, String before, String after, String reason, String notice, CorrectionStatus status,
        String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt, String decisionNote,
        Integer revision, boolean fromReader) implements Serializable {

    static CorrectionView of(Correction c, String slug, String headline) {
        return new CorrectionView(c.getId(), c.getStoryId(), slug, headline, c.getKind(), c.getBlockKey(),
                c.getBefore(), c.getAfter(), c.getReason(), c.getNotice(), c.getStatus(), c.getProposedBy(),
                c.getProposedAt(), c.getDecidedBy(), c.getDecidedAt(), c.getDecisionNote(), c.getRevision(),
                c.isFromReader());
    }
}
