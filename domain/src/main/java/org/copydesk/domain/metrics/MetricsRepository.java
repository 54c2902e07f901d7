package org.copydesk.domain.metrics;

import java.time.Instant;
import java.util.List;

/**
 * Desk figures computed by the database (counts, window functions over the transition log, medians with
 * PERCENTILE_CONT), grouped by a dimension: everything, the section (a story counts in its first) or the
 * reporter. Nothing here loads rows to count them in Java.
 */
public interface MetricsRepository {

    /** What figures are grouped by. */
    enum Dimension {
        ALL,
        SECTION,
        REPORTER
    }

    /** A count in a group, per state ({@code state} null where the figure has no state). */
    record Count(String group, String state, long count) {}

    /** A median in seconds over {@code count} values in a group (per state where the figure has one). */
    record Median(String group, String state, long count, double medianSeconds) {}

    /** Stories created since the instant, by their state now. */
    List<Count> storiesPerState(Dimension by, Instant since);

    /**
     * Time spent in each state: every stay (from entering a state, by creation or a move, to the next
     * move) that ended since the instant; the median of their lengths per state.
     */
    List<Median> timeInState(Dimension by, Instant since);

    /** Stories first published since the instant. */
    List<Count> published(Dimension by, Instant since);

    /**
     * Corrections applied since the instant to stories already published (copy fixes before publication
     * are not corrections); count and median time from proposal (the report) to application.
     */
    List<Median> appliedCorrections(Dimension by, Instant since);
}
