package org.copydesk.domain.metrics;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The period desk metrics cover: the last 30, 90 or 365 days, or all time. Written {@code 30d},
 * {@code 90d}, {@code 365d}, {@code all}; anything else is refused with the accepted values.
 */
public record MetricsPeriod(String key, Integer days) implements Serializable {

    public static final MetricsPeriod DEFAULT = new MetricsPeriod("90d", 90);
    public static final List<MetricsPeriod> CHOICES = List.of(
            new MetricsPeriod("30d", 30), DEFAULT, new MetricsPeriod("365d", 365), new MetricsPeriod("all", null));

    public static MetricsPeriod parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return CHOICES.stream()
                .filter(p -> p.key().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Unknown period “" + text.strip() + "”; use one of 30d, 90d, 365d, all."));
    }

    /** The first instant the period covers: {@code days} before now, or the epoch for all time. */
    public Instant since(Instant now) {
        return days == null ? Instant.EPOCH : now.minus(Duration.ofDays(days));
    }

    public String label() {
        return days == null ? "All time" : "Last " + days + " days";
    }
}
