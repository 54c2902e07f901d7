package org.copydesk.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.copydesk.domain.sourcing.Attribution;
import org.copydesk.domain.sourcing.AttributionDecision;
import org.copydesk.domain.sourcing.AttributionStatus;
import org.copydesk.domain.sourcing.Source;
import org.copydesk.domain.sourcing.SourceKind;

/**
 * An attribution as the sourcing screen shows it: where it is, what it claims, who the detector thinks
 * is speaking, the source it is linked to (or the registry's best match), and what, if anything, it
 * still blocks; and whether its words changed since an editor decided on it (then {@code reviewedSpan} holds
 * the words that were reviewed). {@code anonymityReason} is why anonymity was granted, for a claim resting on
 * an anonymous source (null otherwise, and for links made before that was asked); {@code history} is every
 * line of the claim's history, oldest first, each with the reason when it gave one.
 */
public record AttributionView(
        long id,
        String blockKey,
        int blockIndex,
        int start,
        int end,
        String span,
        String claim,
        String cue,
        AttributionStatus status,
        boolean present,
        boolean waived,
        String note,
        String proposedName,
        SourceKind proposedKind,
        String proposedRole,
        SourceView source,
        SourceView suggested,
        String blocking,
        long version,
        boolean changedSinceReview,
        String reviewedSpan,
        String anonymityReason,
        List<Line> history)
        implements Serializable {

    /** One line of the claim's history: what happened, to which source, on which words, who, when, the note. */
    public record Line(
            AttributionDecision.Action action,
            Long sourceId,
            String sourceName,
            String span,
            String note,
            String anonymityReason,
            String actor,
            Instant at)
            implements Serializable {

        static Line of(AttributionDecision d, Map<Long, Source> sources) {
            Source s = d.sourceId() == null ? null : sources.get(d.sourceId());
            return new Line(
                    d.action(),
                    d.sourceId(),
                    s == null ? null : s.getName(),
                    d.span(),
                    d.note(),
                    d.anonymityReason(),
                    d.actor(),
                    d.at());
        }

        /** "Linked to two officials familiar with the negotiations", in words for the screen. */
        public String summary() {
            String to = sourceName == null ? "" : " to " + sourceName;
            return switch (action) {
                case MARKED -> "Marked as a claim";
                case LINKED -> "Linked" + to;
                case WAIVED -> "Waived";
                case REJECTED -> "Rejected as not a claim";
                case PROPOSAL_EDITED -> "Proposal edited";
                case CHANGED -> "Words changed; decision kept";
                case CONFIRMED -> "Decision confirmed for the new words";
                case RELINKED -> "Source merged; now" + (sourceName == null ? " another source" : " " + sourceName);
                case ANONYMITY_GIVEN -> "Source made anonymous";
            };
        }
    }

    static AttributionView of(
            Attribution a,
            int blockIndex,
            SourceView source,
            SourceView suggested,
            String blocking,
            Map<Long, Source> sources) {
        return new AttributionView(
                a.getId(),
                a.getBlockKey(),
                blockIndex,
                a.getStart(),
                a.getEnd(),
                a.getSpan(),
                a.getClaim(),
                a.getCue(),
                a.getStatus(),
                a.isPresent(),
                a.isWaived(),
                a.getNote(),
                a.getProposedName(),
                a.getProposedKind(),
                a.getProposedRole(),
                source,
                suggested,
                blocking,
                a.getVersion(),
                a.isChangedSinceReview(),
                a.getReviewedSpan(),
                a.getAnonymityReason(),
                a.getDecisions().stream().map(d -> Line.of(d, sources)).toList());
    }

    public boolean blocks() {
        return blocking != null;
    }
}
