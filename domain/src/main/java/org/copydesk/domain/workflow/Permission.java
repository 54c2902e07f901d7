package org.copydesk.domain.workflow;

import java.util.EnumSet;
import java.util.Set;
import org.copydesk.domain.user.Role;

/**
 * The things a newsroom user may be allowed to do that depend on role alone. Rules that also depend on the
 * story (editing in a state, submitting one's own draft, approving a kind of correction) are methods of
 * {@link Policy} built on these.
 */
public enum Permission {
    CREATE_STORY("create stories", Role.REPORTER, Role.EDITOR),
    RUN_SOURCING_REVIEW("run the sourcing review", Role.EDITOR),
    ADD_SOURCE("add sources", Role.REPORTER, Role.EDITOR),
    VERIFY_SOURCE("change a source's verification", Role.EDITOR),
    MANAGE_SOURCES("edit and merge sources in the registry", Role.EDITOR),
    DECIDE_FINDINGS("decide copy-check findings", Role.COPY_EDITOR, Role.EDITOR),
    MANAGE_DICTIONARY("change the newsroom dictionary", Role.COPY_EDITOR, Role.ADMIN),
    PROPOSE_CORRECTION("propose corrections", Role.REPORTER, Role.EDITOR, Role.COPY_EDITOR),
    APPROVE_CORRECTION("approve corrections, clarifications and updates", Role.EDITOR),
    APPLY_TYPO_FIX("apply typo fixes", Role.COPY_EDITOR, Role.EDITOR),
    ASSIGN("assign stories", Role.EDITOR, Role.ADMIN),
    SCHEDULE_PUBLISHING("schedule a story's publication", Role.EDITOR),
    EMBARGO("set a story's embargo", Role.REPORTER, Role.EDITOR),
    PLAN("set a story's deadline and length target", Role.EDITOR),
    VIEW_METRICS("see the desk metrics", Role.EDITOR, Role.ADMIN),
    READ_ANY_AUDIT("read any story's audit record", Role.EDITOR, Role.ADMIN),
    ADMINISTER("administer Copydesk", Role.ADMIN);

    private final String what;
    private final Set<Role> roles;

    Permission(String what, Role first, Role... rest) {
        this.what = what;
        this.roles = EnumSet.of(first, rest);
    }

    /** What the permission allows, as words that finish "Only … may …". */
    public String what() {
        return what;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    /** "editors", "copy editors and editors": the roles that have it, as a sentence's subject. */
    public String holders() {
        return Policy.describe(roles);
    }
}
