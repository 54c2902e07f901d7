package org.copydesk.application;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a bulk action did to each story it was given, in the order given: done, unchanged (nothing to do,
 * e.g. the section was already there), refused (with the reason and, for a move, every unmet guard) or
 * not found. One story's refusal never undoes another's change.
 */
public record BulkResult(String action, List<Item> results, Map<Status, Integer> counts) implements Serializable {

    /** How one story came out. */
    public enum Status {
        DONE,
        UNCHANGED,
        REFUSED,
        NOT_FOUND
    }

    /** One story's outcome. {@code headline} and {@code state} are null when the story was not found. */
    public record Item(
            long id,
            String headline,
            Status status,
            String reason,
            List<String> unmet,
            org.copydesk.domain.workflow.StoryState state)
            implements Serializable {

        public Item {
            unmet = unmet == null ? List.of() : List.copyOf(unmet);
        }

        public boolean ok() {
            return status == Status.DONE || status == Status.UNCHANGED;
        }
    }

    public BulkResult {
        results = List.copyOf(results);
        counts = Map.copyOf(counts);
    }

    /** The results with their counts per status (every status present, 0 when none). */
    public static BulkResult of(String action, List<Item> results) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            counts.put(status, 0);
        }
        for (Item item : results) {
            counts.merge(item.status(), 1, Integer::sum);
        }
        return new BulkResult(action, results, counts);
    }

    public int count(Status status) {
        return counts.getOrDefault(status, 0);
    }

    /** A one-line summary for a message: "3 moved, 1 refused, 1 not found". */
    public String summary() {
        StringBuilder text = new StringBuilder();
        append(text, count(Status.DONE), "done".equals(action) ? "done" : action);
        append(text, count(Status.UNCHANGED), "unchanged");
        append(text, count(Status.REFUSED), "refused");
        append(text, count(Status.NOT_FOUND), "not found");
        return text.isEmpty() ? "Nothing to do." : text.toString();
    }

    private static void append(StringBuilder text, int n, String what) {
        if (n > 0) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(n).append(' ').append(what);
        }
    }

    /** The ids once each, in the order first given; the batch limit is checked by the caller. */
    public static List<Long> distinct(List<Long> ids) {
        return ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
