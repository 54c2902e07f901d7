package org.copydesk.domain.revision;

import java.util.Objects;

/** A run of text that two versions share ({@code EQUAL}), or that only the older ({@code DELETE}) or only the newer ({@code INSERT}) has. */
public record DiffSegment(Kind kind, String text) {

    public enum Kind {
        EQUAL,
        INSERT,
        DELETE
    }

    public DiffSegment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("A diff segment has text");
        }
    }
}
