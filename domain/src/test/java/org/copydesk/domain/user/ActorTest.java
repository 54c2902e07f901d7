package org.copydesk.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActorTest {

    @ParameterizedTest(name = "username [{0}]")
    @NullSource
    @ValueSource(strings = {"", "   ", "\t"})
    void blankUsernameIsRefused(String blank) {
        assertThrows(IllegalArgumentException.class, () -> new Actor(blank, Set.of(Role.EDITOR)));
        assertThrows(IllegalArgumentException.class, () -> Actor.of(blank, Role.EDITOR));
    }

    @Test
    void rolesAreCopiedAndImmutable() {
        Set<Role> roles = EnumSet.of(Role.REPORTER);
        Actor actor = new Actor("rita", roles);
        roles.add(Role.EDITOR);
        assertEquals(Set.of(Role.REPORTER), actor.roles());
        assertFalse(actor.has(Role.EDITOR));
        assertThrows(UnsupportedOperationException.class, () -> actor.roles().add(Role.ADMIN));

        Set<Role> plain = new HashSet<>(Set.of(Role.COPY_EDITOR));
        Actor cora = new Actor("cora", plain);
        plain.clear();
        assertTrue(cora.has(Role.COPY_EDITOR));
    }

    @Test
    void ofCollectsTheGivenRoles() {
        Actor both = Actor.of("eddie", Role.EDITOR, Role.COPY_EDITOR, Role.EDITOR);
        assertEquals(Set.of(Role.EDITOR, Role.COPY_EDITOR), both.roles());
        assertEquals(Set.of(), Actor.of("nobody").roles());
        assertEquals(Set.of(), new Actor("nobody", Set.of()).roles());
    }

    @Test
    void isComparesTheUsername() {
        Actor rita = Actor.of("rita", Role.REPORTER);
        assertTrue(rita.is("rita"));
        assertFalse(rita.is("otto"));
        assertFalse(rita.is("Rita"), "usernames are lower case; no case folding");
        assertFalse(rita.is(null));
    }

    @Test
    void hasAnyNeedsAtLeastOneOfTheWantedRoles() {
        Actor eddie = Actor.of("eddie", Role.EDITOR);
        assertTrue(eddie.hasAny(Set.of(Role.REPORTER, Role.EDITOR)));
        assertTrue(eddie.hasAny(EnumSet.of(Role.EDITOR)));
        assertFalse(eddie.hasAny(Set.of(Role.REPORTER, Role.COPY_EDITOR)));
        assertFalse(eddie.hasAny(Set.of()), "wanting nothing grants nothing");
        assertFalse(Actor.of("nobody").hasAny(EnumSet.allOf(Role.class)));
    }

    @Test
    void hasChecksOneRole() {
        Actor ada = Actor.of("ada", Role.ADMIN);
        assertTrue(ada.has(Role.ADMIN));
        for (Role other : EnumSet.complementOf(EnumSet.of(Role.ADMIN))) {
            assertFalse(ada.has(other), other.name());
        }
    }
}
