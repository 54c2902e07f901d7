package org.copydesk.application;

import java.io.Serializable;
import org.copydesk.domain.sourcing.Attribution;
import org.copydesk.domain.sourcing.AttributionStatus;
import org.copydesk.domain.sourcing.SourceKind;

/**
 * An attribution as the sourcing screen shows it: where it is, what it claims, who the detector thinks
 * is speaking, the source it is linked to (or the registry's best match), and what, if anything, it
 * still blocks; and whether its words changed since an editor decided on it (then {@code reviewedSpan} holds
 * the words that were reviewed).
 */
public record AttributionView(long id, String blockKey, int blockIndex, int start, int end, String span, String claim,
        String cue, AttributionStatus status, boolean present, boolean waived, String note, String proposedName,
        SourceKind proposedKind, String proposedRole, SourceView source, SourceView suggested, String blocking,
        long version, boolean changedSinceReview, String reviewedSpan) implements Serializable {

    static AttributionView of(Attribution a, int blockIndex, SourceView source, SourceView suggested,
            String blocking) {
        return new AttributionView(a.getId(), a.getBlockKey(), blockIndex, a.getStart(), a.getEnd(), a.getSpan(),
                a.getClaim(), a.getCue(), a.getStatus(), a.isPresent(), a.isWaived(), a.getNote(), a.getProposedName(),
                a.getProposedKind(), a.getProposedRole(), source, suggested, blocking, a.getVersion(),
                a.isChangedSinceReview(), a.getReviewedSpan());
    }

    public boolean blocks() {
        return blocking != null;
    }
}
