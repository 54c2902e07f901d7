package org.copydesk.domain.user;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a newsroom user may do (docs/design.md, "People and roles"). */
public enum Role {
    /** Writes and revises own drafts, submits them, answers review notes, proposes corrections. */
    REPORTER,
    /** Runs sourcing review, returns stories with a note, publishes, approves corrections, retracts. */
    EDITOR,
    /** Copy-edits, signs off to READY, applies typo fixes to published stories. */
    COPY_EDITOR,
    /** Manages users and roles, the newsroom dictionary and the section list. */
    ADMIN;

    /** The role as people say it: "copy editor". */
    public String inWords() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Roles in the enum's order, in words, separated by commas: "reporter, copy editor"; empty for none. */
    public static String inWords(Collection<Role> roles) {
        return roles.stream().sorted().map(Role::inWords).collect(Collectors.joining(", "));
    }
}
