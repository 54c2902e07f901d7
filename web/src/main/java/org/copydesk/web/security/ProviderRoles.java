package org.copydesk.web.security;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.copydesk.domain.user.Role;

/**
 * The identity provider's groups or roles as Copydesk roles: a value that names a role ("editor", "COPY_EDITOR",
 * "copy-editor", "copydesk-editor") is that role; others count only when the newsroom maps them
 * ({@code newsroom-editors=EDITOR}). Values match whatever their case; anything else gives no role.
 */
final class ProviderRoles {

    private ProviderRoles() {}

    /** The mapping {@code value=ROLE,value=ROLE}; a blank text is none. A wrong role name is an error at start. */
    static Map<String, Role> parse(String text) {
        Map<String, Role> map = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return map;
        }
        for (String pair : text.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq < 1 || eq == pair.length() - 1) {
                throw new IllegalArgumentException("A role mapping is value=ROLE, not \"" + pair.strip() + "\"");
            }
            Role role = own(pair.substring(eq + 1));
            if (role == null) {
                throw new IllegalArgumentException("\"" + pair.substring(eq + 1).strip() + "\" is not a Copydesk role "
                        + "(REPORTER, EDITOR, COPY_EDITOR, ADMIN)");
            }
            map.put(key(pair.substring(0, eq)), role);
        }
        return map;
    }

    static Set<Role> roles(Set<String> values, Map<String, Role> mapped) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (values == null) {
            return roles;
        }
        for (String value : values) {
            if (value == null) {
                continue;
            }
            Role role = mapped.get(key(value));
            if (role == null) {
                role = own(value);
            }
            if (role != null) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** The role a value names itself, with or without a "copydesk" prefix; null when it names none. */
    private static Role own(String value) {
        String name = key(value).replace('-', '_').replace(' ', '_');
        if (name.startsWith("copydesk_") || name.startsWith("copydesk.") || name.startsWith("copydesk:")) {
            name = name.substring("copydesk_".length());
        }
        if (name.equals("copyeditor")) {
            return Role.COPY_EDITOR;
        }
        for (Role role : Role.values()) {
            if (role.name().toLowerCase(Locale.ROOT).equals(name)) {
                return role;
            }
        }
        return null;
    }

    private static String key(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
