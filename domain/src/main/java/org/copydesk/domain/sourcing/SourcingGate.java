package org.copydesk.domain.sourcing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sourcing rule as plain Java: a claim present in the text blocks a move forward while it is not linked
 * to a source, or while its source is unverified or disputed and the claim was not waived with a note.
 * Rejected claims ("not a claim") and claims gone from the text block nothing. One rule, used by every guard
 * position (approve sources, sign off, publish, a save of a story ready to publish, a correction).
 */
public final class SourcingGate {

    private SourcingGate() {}

    /** Why this attribution blocks, as a sentence an editor can act on; null when it does not. */
    public static String blocking(Attribution a, Source linked) {
        if (!a.isPresent() || a.getStatus() == AttributionStatus.REJECTED) {
            return null;
        }
        if (a.getStatus() != AttributionStatus.LINKED || linked == null) {
            return "“" + a.getSpan() + "” is not linked to a source.";
        }
        VerificationStatus status = linked.getStatus();
        if (status.blocksGate() && !a.isWaived()) {
            return "“" + a.getSpan() + "” rests on " + linked.getName() + ", who is "
                    + status.name().toLowerCase() + "; verify the source or waive it with a note.";
        }
        return null;
    }

    /** Every blocking sentence of a story's attributions, in the order given. */
    public static List<String> problems(List<Attribution> attributions, Map<Long, Source> linked) {
        List<String> problems = new ArrayList<>();
        for (Attribution a : attributions) {
            String why = blocking(a, a.getSourceId() == null ? null : linked.get(a.getSourceId()));
            if (why != null) {
                problems.add(why);
            }
        }
        return problems;
    }
}
