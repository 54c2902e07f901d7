package org.copydesk.application.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of a story's audit record: what happened ({@code kind}, e.g. {@code TRANSITION}), when, who
 * did it, a one-line summary and the particulars ({@code details}, in a fixed order). {@code ref} names
 * the record it comes from ("revision:000003", "correction:000051:applied"); it makes the order stable
 * when two lines share a time.
 */
public record AuditEntry(Instant at, String kind, String actor, String summary, Map<String, String> details, String ref)
        implements Serializable {

    /** By time, then kind, then the record it came from: the same trail always reads the same. */
    public static final Comparator<AuditEntry> ORDER =
            Comparator.comparing(AuditEntry::at).thenComparing(AuditEntry::kind).thenComparing(AuditEntry::ref);

    public AuditEntry {
        if (at == null || kind == null || ref == null) {
            throw new IllegalArgumentException("An audit entry needs a time, a kind and a reference");
        }
        actor = actor == null || actor.isBlank() ? "system" : actor;
        details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** Starts an entry; add details with {@link Builder#detail}. */
    public static Builder of(Instant at, String kind, String actor, String summary) {
        return new Builder(at, kind, actor, summary);
    }

    /** A reference with its number zero-padded, so that references sort in numeric order. */
    public static String key(String what, long number, String... more) {
        StringBuilder ref = new StringBuilder(what).append(':').append(String.format("%09d", number));
        for (String m : more) {
            ref.append(':').append(m);
        }
        return ref.toString();
    }

    /** Collects an entry's details in order; blank values are left out. */
    public static final class Builder {
        private final Instant at;
        private final String kind;
        private final String actor;
        private final String summary;
        private final Map<String, String> details = new LinkedHashMap<>();

        private Builder(Instant at, String kind, String actor, String summary) {
            this.at = at;
            this.kind = kind;
            this.actor = actor;
            this.summary = summary;
        }

        public Builder detail(String name, Object value) {
            if (value != null && !String.valueOf(value).isBlank()) {
                details.put(name, String.valueOf(value));
            }
            return this;
        }

        public AuditEntry ref(String ref) {
            return new AuditEntry(at, kind, actor, summary, details, ref);
        }
    }
}
