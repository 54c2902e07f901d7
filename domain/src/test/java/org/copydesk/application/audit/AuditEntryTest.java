package org.copydesk.application.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    private static AuditEntry entry(long seconds, String kind, String ref) {
        return AuditEntry.of(T0.plusSeconds(seconds), kind, "editor", kind + " " + ref)
                .ref(ref);
    }

    @Test
    void entriesAreOrderedByTimeThenKindThenReference() {
        AuditEntry revision2 = entry(5, "REVISION", AuditEntry.key("revision", 2));
        AuditEntry revision10 = entry(5, "REVISION", AuditEntry.key("revision", 10));
        AuditEntry applied = entry(5, "CORRECTION_APPLIED", AuditEntry.key("correction", 51, "2-decided"));
        AuditEntry first = entry(0, "TRANSITION", AuditEntry.key("transition", 0));
        AuditEntry last = entry(60, "SOURCE_CHECK", AuditEntry.key("source", 3, "000000"));
        List<AuditEntry> expected = List.of(first, applied, revision2, revision10, last);
        for (int seed = 0; seed < 20; seed++) {
            List<AuditEntry> shuffled = new ArrayList<>(expected);
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(expected, AuditTrail.merge(List.of(shuffled.subList(0, 2), shuffled.subList(2, 5))));
        }
    }

    @Test
    void referencesSortNumerically() {
        assertEquals(-1, Integer.signum(AuditEntry.key("revision", 9).compareTo(AuditEntry.key("revision", 10))));
        assertEquals("correction:000000051:1-proposed", AuditEntry.key("correction", 51, "1-proposed"));
    }

    @Test
    void detailsKeepTheirOrderAndLeaveOutBlanks() {
        AuditEntry e = AuditEntry.of(T0, "TRANSITION", null, "Moved")
                .detail("from", "DRAFT")
                .detail("note", " ")
                .detail("to", "SOURCING_REVIEW")
                .detail("none", null)
                .ref("transition:0");
        assertEquals(List.of("from", "to"), List.copyOf(e.details().keySet()));
        assertEquals("system", e.actor(), "an entry without an actor is the system's");
    }

    @Test
    void anEntryNeedsTimeKindAndReference() {
        assertThrows(IllegalArgumentException.class, () -> new AuditEntry(null, "X", "a", "s", null, "r"));
        assertThrows(IllegalArgumentException.class, () -> new AuditEntry(T0, "X", "a", "s", null, null));
    }
}
