package org.copydesk.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The desk's figures for a period: stories per state, median time in each state, corrections per 100
 * published stories and the median time from a correction's report to its application — overall, by
 * section (a story counts in its first) and by reporter. Times are in seconds (the page shows hours).
 */
public record DeskMetrics(
        String period,
        String periodLabel,
        Instant since,
        Instant computedAt,
        List<StateFigures> states,
        CorrectionFigures corrections,
        List<GroupFigures> bySection,
        List<GroupFigures> byReporter)
        implements Serializable {

    /** One state: stories now in it (created in the period), stays that ended in the period, their median. */
    public record StateFigures(String state, long stories, long stays, Double medianSeconds) implements Serializable {
        public Double medianHours() {
            return DeskMetrics.hours(medianSeconds);
        }
    }

    /**
     * Stories first published in the period, corrections applied in it to published stories, that per 100
     * published (null with nothing published), and the median report-to-applied time (null with none).
     */
    public record CorrectionFigures(long published, long corrections, Double per100, Double medianSeconds)
            implements Serializable {
        public Double medianHours() {
            return DeskMetrics.hours(medianSeconds);
        }
    }

    /** One section's or reporter's figures. */
    public record GroupFigures(String group, List<StateFigures> states, CorrectionFigures corrections)
            implements Serializable {
        public long stories() {
            return states.stream().mapToLong(StateFigures::stories).sum();
        }

        /** The figures of one state (zeros when the group has none). */
        public StateFigures state(String state) {
            return states.stream()
                    .filter(s -> s.state().equals(state))
                    .findFirst()
                    .orElse(new StateFigures(state, 0, 0, null));
        }
    }

    static Double hours(Double seconds) {
        return seconds == null ? null : seconds / 3600.0;
    }

    /** The figures by state as a map, for charts. */
    public Map<String, Long> storiesPerState() {
        java.util.Map<String, Long> map = new java.util.LinkedHashMap<>();
        states.forEach(s -> map.put(s.state(), s.stories()));
        return map;
    }
}
