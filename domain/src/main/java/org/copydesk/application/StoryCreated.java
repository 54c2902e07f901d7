package org.copydesk.application;

/** Fired after a story has been stored for the first time. */
public record StoryCreated(long storyId, String slug) {
}
