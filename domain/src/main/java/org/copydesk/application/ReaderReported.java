package org.copydesk.application;

/**
 * Fired when a reader's report on a published story is stored; observed once it is committed, to tell the
 * editors. Carries the report's first words, never anything about the reader.
 */
public record ReaderReported(long storyId, long reportId, String excerpt) {}
