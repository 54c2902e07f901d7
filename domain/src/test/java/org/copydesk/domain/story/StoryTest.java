package org.copydesk.domain.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StoryTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void newStoryIsADraftWithTrimmedHeadline() {
        Story story = new Story("a-slug", "  Headline  ", "Body", NOW);
        assertEquals(StoryState.DRAFT, story.getState());
        assertEquals("Headline", story.getHeadline());
        assertEquals(NOW, story.getCreatedAt());
        assertEquals(NOW, story.getUpdatedAt());
    }

    @Test
    void blankHeadlineIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Story("a-slug", "   ", "Body", NOW));
        assertEquals("headline must not be blank", e.getMessage());
    }

    @Test
    void overlongHeadlineIsRefused() {
        String headline = "x".repeat(Story.HEADLINE_MAX + 1);
        assertThrows(IllegalArgumentException.class, () -> new Story("a-slug", headline, "Body", NOW));
    }

    @Test
    void identityIsTheSlug() {
        assertEquals(new Story("same", "One", "a", NOW), new Story("same", "Two", "b", NOW));
        assertNotEquals(new Story("one", "One", "a", NOW), new Story("two", "One", "a", NOW));
    }
}
