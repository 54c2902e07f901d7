package org.copydesk.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void aPageSaysWhichPageComesNextAndTheLastSaysNone() {
        assertEquals(1, new Page<>(List.of("a", "b"), 5, 0, 2).next());
        assertEquals(2, new Page<>(List.of("c", "d"), 5, 1, 2).next());
        assertNull(new Page<>(List.of("e"), 5, 2, 2).next(), "the last page");
        assertNull(new Page<>(List.of("a", "b"), 4, 1, 2).next(), "a last page that is full");
        assertNull(new Page<>(List.of(), 0, 0, 20).next(), "nothing at all");
        assertNull(new Page<>(List.of(), 3, 7, 2).next(), "past the end");
    }

    @Test
    void nextIsDerivedWhateverIsPassedForIt() {
        assertNull(new Page<>(List.of("a"), 1, 0, 20, 9).next());
        assertEquals(1, new Page<>(List.of("a"), 30, 0, 20, null).next());
    }
}
