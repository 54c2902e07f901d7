package org.copydesk.domain.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MetricsPeriodTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void parsesTheFourPeriods() {
        assertEquals(
                Instant.parse("2026-10-27T12:00:00Z"),
                MetricsPeriod.parse("30d").since(NOW));
        assertEquals(
                Instant.parse("2026-08-28T12:00:00Z"),
                MetricsPeriod.parse("90d").since(NOW));
        assertEquals(
                Instant.parse("2025-11-26T12:00:00Z"),
                MetricsPeriod.parse(" 365D ").since(NOW));
        assertEquals(Instant.EPOCH, MetricsPeriod.parse("all").since(NOW));
        assertEquals("All time", MetricsPeriod.parse("all").label());
    }

    @Test
    void noPeriodMeansNinetyDays() {
        assertEquals(MetricsPeriod.DEFAULT, MetricsPeriod.parse(null));
        assertEquals(MetricsPeriod.DEFAULT, MetricsPeriod.parse(""));
        assertEquals("Last 90 days", MetricsPeriod.parse(null).label());
    }

    @Test
    void anythingElseIsRefusedWithTheChoices() {
        for (String bad : new String[] {"7d", "90", "-30d", "alltime", "30 days"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MetricsPeriod.parse(bad));
            assertTrue(e.getMessage().contains("30d, 90d, 365d, all"), e.getMessage());
        }
    }
}
