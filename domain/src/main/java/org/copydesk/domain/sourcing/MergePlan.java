package org.copydesk.domain.sourcing;

import java.util.List;

/**
 * What merging a duplicate into a survivor changes on the survivor, worked out before anything is changed:
 * the preview shows it and {@link Source#absorb} applies exactly it. The survivor keeps its own name, kind
 * and verification status; the duplicate's role and reference are taken only where the survivor has none.
 */
public record MergePlan(
        List<String> aliasesGained,
        String roleAfter,
        boolean roleFromDuplicate,
        String referenceAfter,
        boolean referenceFromDuplicate,
        List<SourceChange> changes) {

    public MergePlan {
        aliasesGained = List.copyOf(aliasesGained);
        changes = List.copyOf(changes);
    }
}
