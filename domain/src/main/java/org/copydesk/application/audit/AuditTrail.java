package org.copydesk.application.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A story's whole audit record, oldest first, as exported. */
public record AuditTrail(
        long storyId,
        String slug,
        String headline,
        String reporter,
        String state,
        Instant exportedAt,
        String exportedBy,
        List<AuditEntry> entries)
        implements Serializable {

    public AuditTrail {
        entries = List.copyOf(entries);
    }

    /** Merges the entries of every source into one list in {@link AuditEntry#ORDER}. */
    public static List<AuditEntry> merge(Collection<? extends List<AuditEntry>> parts) {
        List<AuditEntry> all = new ArrayList<>();
        parts.forEach(all::addAll);
        all.sort(AuditEntry.ORDER);
        return all;
    }
}
