package org.copydesk.application;

import java.io.Serializable;
import java.util.List;

/**
 * What "Link every claim to its registry match" did: how many undecided claims it linked (and how many
 * new sources it made for them), and the claims it left undecided, each with the reason.
 *
 * @param linked claims linked, to a registry source or a new one
 * @param newSources sources made from proposals because the registry had none of that name
 * @param left the undecided, present claims it did not link
 */
public record LinkAllResult(int linked, int newSources, List<Left> left) implements Serializable {

    public LinkAllResult {
        left = List.copyOf(left);
    }

    /** An undecided claim left for the editor, and why. */
    public record Left(long attributionId, String span, String reason) implements Serializable {}

    /** "Linked 14 claims (12 to new sources). Left 1: “…” has no proposed source; type a name on its card." */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(linked == 0 ? "No claim was linked" : "Linked " + linked + (linked == 1 ? " claim" : " claims"));
        if (newSources > 0) {
            s.append(" (").append(newSources).append(newSources == 1 ? " to a new source)" : " to new sources)");
        }
        s.append('.');
        if (!left.isEmpty()) {
            s.append(" Left ").append(left.size()).append(':');
            for (Left l : left) {
                s.append(" “").append(l.span()).append("” ").append(l.reason());
            }
        }
        return s.toString();
    }
}
