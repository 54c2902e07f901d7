package org.copydesk.domain.delivery;

import java.util.Arrays;
import java.util.Optional;

/** What a webhook can be told about: a story published, corrected (a new public revision) or retracted. */
public enum WebhookEvent {
    STORY_PUBLISHED("story.published"),
    STORY_CORRECTED("story.corrected"),
    STORY_RETRACTED("story.retracted");

    private final String wireName;

    WebhookEvent(String wireName) {
        this.wireName = wireName;
    }

    /** The name on the wire ({@code story.published}), in the payload and the {@code X-Copydesk-Event} header. */
    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookEvent> ofWireName(String name) {
        return Arrays.stream(values()).filter(e -> e.wireName.equals(name)).findFirst();
    }
}
