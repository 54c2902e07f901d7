package org.copydesk.application;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.copydesk.domain.sourcing.SourceKind;
import org.copydesk.domain.sourcing.SourceUse;
import org.copydesk.domain.sourcing.VerificationStatus;

/**
 * What merging {@code duplicate} into {@code survivor} would do, before the editor confirms: the names that
 * become the survivor's aliases, the role and reference it ends with (and whose they were), how many
 * attributions in which stories follow to the survivor, each side's verification, and warnings where the
 * merge changes what a claim rests on. The versions let the confirmation refuse a merge of records that
 * changed after the preview.
 */
public record MergePreview(
        Side survivor,
        Side duplicate,
        List<String> aliasesGained,
        String roleAfter,
        String roleFrom,
        String referenceAfter,
        String referenceFrom,
        long attributions,
        long storyCount,
        List<SourceUse> stories,
        List<String> warnings)
        implements Serializable {

    /** How many of the stories the preview lists by name (the counts above cover them all). */
    public static final int STORIES_LISTED = 50;

    /** One record of the merge as it is now. */
    public record Side(
            long id,
            String name,
            SourceKind kind,
            VerificationStatus status,
            String statusNote,
            String role,
            String reference,
            Set<String> aliases,
            long version,
            long attributions)
            implements Serializable {}

    public MergePreview {
        aliasesGained = List.copyOf(aliasesGained);
        stories = List.copyOf(stories);
        warnings = List.copyOf(warnings);
    }
}
