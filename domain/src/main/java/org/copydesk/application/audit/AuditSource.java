package org.copydesk.application.audit;

import java.util.List;

/**
 * One kind of record that goes into a story's audit trail. To add one more (editorial notes, say), write
 * an {@code @ApplicationScoped} bean implementing this interface: {@link AuditService} finds every bean
 * of this type, merges their entries and orders them. Called inside the audit's read-only transaction.
 */
public interface AuditSource {

    /** The entries of one story, in any order. The story exists. */
    List<AuditEntry> entries(long storyId);
}
