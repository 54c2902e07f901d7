package org.copydesk.domain.user;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Who is acting: a signed-in user's name and roles. Every use case that changes something takes one. */
public record Actor(String username, Set<Role> roles) {

    public Actor {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("An actor needs a username");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Actor of(String username, Role... roles) {
        return new Actor(username, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Set<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    public boolean is(String otherUsername) {
        return Objects.equals(username, otherUsername);
    }
}
