package org.copydesk.domain.sourcing;

/** What a line of a source's history records: its creation, a verification decision, an edit or a merge. */
public enum SourceEvent {
    ADDED,
    VERIFICATION,
    EDITED,
    /** Another record was merged into this one. */
    MERGED_IN,
    /** This record was merged into another and points there from now on. */
    MERGED_INTO
}
