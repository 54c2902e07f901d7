package org.copydesk.domain.story;

import java.time.Instant;

/** A published story as a feed or a sitemap lists it: where it is, what it is called, when it came out. */
public record PublishedEntry(
        long id, String slug, String headline, String standfirst, Instant publishedAt, Instant updatedAt) {}
