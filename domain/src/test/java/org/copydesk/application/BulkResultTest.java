package org.copydesk.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.copydesk.application.BulkResult.Item;
import org.copydesk.application.BulkResult.Status;
import org.copydesk.domain.workflow.StoryState;
import org.junit.jupiter.api.Test;

class BulkResultTest {

    private static Item item(long id, Status status, String... unmet) {
        return new Item(
                id,
                "Story " + id,
                status,
                status == Status.REFUSED ? "refused" : null,
                List.of(unmet),
                StoryState.DRAFT);
    }

    @Test
    void countsEveryStatusAndKeepsTheOrderGiven() {
        BulkResult result = BulkResult.of(
                "moved",
                List.of(
                        item(3, Status.DONE),
                        item(1, Status.REFUSED, "Needs a note"),
                        item(2, Status.DONE),
                        item(9, Status.NOT_FOUND),
                        item(4, Status.UNCHANGED)));
        assertEquals(
                List.of(3L, 1L, 2L, 9L, 4L),
                result.results().stream().map(Item::id).toList());
        assertEquals(2, result.count(Status.DONE));
        assertEquals(1, result.count(Status.REFUSED));
        assertEquals(1, result.count(Status.NOT_FOUND));
        assertEquals(1, result.count(Status.UNCHANGED));
        assertEquals(List.of("Needs a note"), result.results().get(1).unmet());
        assertEquals("2 moved, 1 unchanged, 1 refused, 1 not found", result.summary());
    }

    @Test
    void anEmptyResultHasZeroCountsForEveryStatus() {
        BulkResult result = BulkResult.of("assigned", List.of());
        for (Status status : Status.values()) {
            assertEquals(0, result.count(status));
        }
        assertEquals("Nothing to do.", result.summary());
    }

    @Test
    void idsAreTakenOnceInTheOrderFirstGiven() {
        assertEquals(List.of(5L, 2L, 7L), BulkResult.distinct(Arrays.asList(5L, 2L, null, 5L, 7L, 2L)));
    }

    @Test
    void onlyDoneAndUnchangedAreOk() {
        assertTrue(item(1, Status.DONE).ok());
        assertTrue(item(1, Status.UNCHANGED).ok());
        assertFalse(item(1, Status.REFUSED).ok());
        assertFalse(item(1, Status.NOT_FOUND).ok());
    }

    @Test
    void resultsCannotBeChangedAfterwards() {
        BulkResult result = BulkResult.of("moved", List.of(item(1, Status.DONE)));
        assertThrows(UnsupportedOperationException.class, () -> result.results().add(item(2, Status.DONE)));
    }

    @Test
    void per100IsNullWithoutPublishedStories() {
        assertEquals(null, MetricsService.per100(3, 0));
        assertEquals(37.5, MetricsService.per100(3, 8));
    }
}
