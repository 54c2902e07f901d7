package org.copydesk.domain.user;

/** What a newsroom user may do (DESIGN.md, "People and roles"). */
public enum Role {
    /** Writes and revises own drafts, submits them, answers review notes, proposes corrections. */
    REPORTER,
    /** Runs sourcing review, returns stories with a note, publishes, approves corrections, retracts. */
    EDITOR,
    /** Copy-edits, signs off to READY, applies typo fixes to published stories. */
    COPY_EDITOR,
    /** Manages users and roles, the newsroom dictionary and the section list. */
    ADMIN
}
