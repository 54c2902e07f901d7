package org.copydesk.application;

/**
 * Fired when a correction or a copy fix changed a story's text (a new revision, and for a published story
 * a new public page), once the change is committed. Unlike {@link StoryChanged} it starts no re-detection
 * or notifications: readers' caches listen to it.
 */
public record StoryCorrected(long storyId, String slug) {}
