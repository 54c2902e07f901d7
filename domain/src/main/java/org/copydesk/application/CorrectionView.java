package org.copydesk.application;

import java.io.Serializable;
import java.time.Instant;
import org.copydesk.domain.correction.Correction;
import org.copydesk.domain.correction.CorrectionKind;
import org.copydesk.domain.correction.CorrectionStatus;

/**
 * A correction (or a reader's report) with the story it belongs to. For a report, {@code proposedBy} is
 * "reader" and {@code readerContact} the e-mail address the reader gave, if any; nothing about the reader's
 * network is in it. {@code resolvedBy} is the correction that answers a report (waiting while the report is
 * still PROPOSED, done when it is RESOLVED).
 */
public record CorrectionView(
        long id,
        long storyId,
        String storySlug,
        String storyHeadline,
        CorrectionKind kind,
        String blockKey,
        String before,
        String after,
        String reason,
        String notice,
        CorrectionStatus status,
        String proposedBy,
        Instant proposedAt,
        String decidedBy,
        Instant decidedAt,
        String decisionNote,
        Integer revision,
        boolean fromReader,
        String readerContact,
        Long resolvedBy)
        implements Serializable {

    static CorrectionView of(Correction c, String slug, String headline) {
        return new CorrectionView(
                c.getId(),
                c.getStoryId(),
                slug,
                headline,
                c.getKind(),
                c.getBlockKey(),
                c.getBefore(),
                c.getAfter(),
                c.getReason(),
                c.getNotice(),
                c.getStatus(),
                c.getProposedBy(),
                c.getProposedAt(),
                c.getDecidedBy(),
                c.getDecidedAt(),
                c.getDecisionNote(),
                c.getRevision(),
                c.isFromReader(),
                c.getReaderContact(),
                c.getResolvedBy());
    }

    /** Who proposed it, as the desk sees it: a user's name, or "reader" with the address they gave for a reply. */
    public String proposer() {
        return fromReader && readerContact != null ? proposedBy + " (" + readerContact + ")" : proposedBy;
    }

    /** A reader's report linked to a correction that is not applied yet. */
    public boolean waiting() {
        return fromReader && status == CorrectionStatus.PROPOSED && resolvedBy != null;
    }
}
