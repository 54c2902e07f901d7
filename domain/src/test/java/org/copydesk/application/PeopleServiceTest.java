package org.copydesk.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.AdminAction;
import org.copydesk.domain.user.AdminActionRepository;
import org.copydesk.domain.user.Role;
import org.copydesk.domain.user.User;
import org.copydesk.domain.user.UserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Administrators running accounts, with the repositories in memory and a hash that is the password reversed. */
class PeopleServiceTest {

    static final class Users implements UserRepository {
        final Map<String, User> byName = new LinkedHashMap<>();

        @Override
        public Optional<User> findByUsername(String username) {
            return Optional.ofNullable(byName.get(username));
        }

        @Override
        public User store(User user) {
            byName.put(user.getUsername(), user);
            return user;
        }

        @Override
        public List<User> all() {
            return byName.values().stream()
                    .sorted(java.util.Comparator.comparing(User::getUsername))
                    .toList();
        }

        @Override
        public long count() {
            return byName.size();
        }

        @Override
        public List<User> page(int offset, int limit) {
            return all().stream().skip(offset).limit(limit).toList();
        }

        @Override
        public void lockAdministrators() {
            // one thread, no transactions: nothing to lock
        }

        @Override
        public long countEnabledAdmins() {
            return byName.values().stream()
                    .filter(u -> u.isEnabled() && u.getRoles().contains(Role.ADMIN))
                    .count();
        }
    }

    static final class Log implements AdminActionRepository {
        final List<AdminAction> actions = new ArrayList<>();

        @Override
        public void record(AdminAction action) {
            try { // the id the database's sequence would give
                java.lang.reflect.Field id = AdminAction.class.getDeclaredField("id");
                id.setAccessible(true);
                id.set(action, actions.size() + 1L);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            actions.add(action);
        }

        @Override
        public List<AdminAction> newest(int offset, int limit) {
            List<AdminAction> reversed = new ArrayList<>(actions);
            java.util.Collections.reverse(reversed);
            return reversed.stream().skip(offset).limit(limit).toList();
        }

        @Override
        public long count() {
            return actions.size();
        }
    }

    /** Not a hash: the password reversed, so tests run in microseconds; never used outside them. */
    static final class Reversed implements Pbkdf2PasswordHash {
        @Override
        public String generate(char[] password) {
            return "r:" + new StringBuilder(new String(password)).reverse();
        }

        @Override
        public boolean verify(char[] password, String hashedPassword) {
            return generate(password).equals(hashedPassword);
        }
    }

    private final Users users = new Users();
    private final Log log = new Log();
    private final List<String> ended = new ArrayList<>();
    private final Actor ada = new Actor("ada", EnumSet.of(Role.ADMIN));
    private PeopleService people;
    private UserService passwords;

    @BeforeEach
    void newsroom() {
        passwords = new UserService();
        passwords.hasher = new Reversed();
        passwords.users = users;
        passwords.clock = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);
        passwords.accessChanged = HeardEvents.to(e -> ended.add(e.username()));
        people = new PeopleService();
        people.users = users;
        people.log = log;
        people.passwords = passwords;
        people.clock = passwords.clock;
        people.accessChanged = HeardEvents.to(e -> ended.add(e.username()));
        passwords.signInFailures = new SignInFailures() {
            @Override
            public boolean fail(
                    String username, Instant now, java.time.Duration window, int threshold, java.time.Duration lock) {
                return false;
            }
        };
        users.store(new User("ada", "Ada Admin", passwords.hash("ada's own long password"), EnumSet.of(Role.ADMIN)));
    }

    @Test
    void anAddedColleagueGetsAOneTimePasswordTheyMustReplace() {
        PeopleService.Handover made = people.add(" Rita ", "Rita Reporter", EnumSet.of(Role.REPORTER), ada);
        assertEquals("rita", made.user().username(), "usernames are lower case, trimmed");
        assertTrue(made.user().mustChangePassword());
        assertTrue(users.byName.get("rita").getPasswordHash().equals(passwords.hash(made.oneTimePassword())));
        assertEquals(List.of("USER_ADDED"), kinds());
        assertEquals("name Rita Reporter; roles reporter", log.actions.get(0).getDetail());

        AccountConflictException taken = assertThrows(
                AccountConflictException.class, () -> people.add("rita", "Another Rita", EnumSet.of(Role.EDITOR), ada));
        assertFalse(taken.stale());
        assertThrows(IllegalArgumentException.class, () -> people.add("r", "R", EnumSet.of(Role.EDITOR), ada));
        assertThrows(IllegalArgumentException.class, () -> people.add("rolf", "Rolf", EnumSet.noneOf(Role.class), ada));
        assertThrows(IllegalArgumentException.class, () -> people.add("rolf", "  ", EnumSet.of(Role.EDITOR), ada));
    }

    @Test
    void onlyAdministratorsRunAccounts() {
        Actor editor = new Actor("ed", EnumSet.of(Role.EDITOR));
        assertThrows(NotPermittedException.class, () -> people.add("rita", "Rita", EnumSet.of(Role.REPORTER), editor));
        assertThrows(NotPermittedException.class, () -> people.list(0, 10, editor));
        assertThrows(NotPermittedException.class, () -> people.log(0, 10, editor));
        assertThrows(NotPermittedException.class, () -> people.resetPassword("ada", editor));
        assertEquals(List.of(), log.actions);
    }

    @Test
    void newRolesDisablingAndResetsEndTheSessionsButARenameDoesNot() {
        people.add("rita", "Rita Reporter", EnumSet.of(Role.REPORTER), ada);
        long stamp = users.byName.get("rita").getAccessStamp();
        people.update("rita", null, "Rita R. Reporter", EnumSet.of(Role.REPORTER), true, ada);
        assertEquals(stamp, users.byName.get("rita").getAccessStamp(), "a new name leaves the sessions be");

        people.update("rita", null, "Rita R. Reporter", EnumSet.of(Role.REPORTER, Role.EDITOR), true, ada);
        long afterRoles = users.byName.get("rita").getAccessStamp();
        assertNotEquals(stamp, afterRoles);
        people.update("rita", null, "Rita R. Reporter", EnumSet.of(Role.REPORTER, Role.EDITOR), false, ada);
        assertFalse(users.byName.get("rita").isEnabled());
        assertNotEquals(afterRoles, users.byName.get("rita").getAccessStamp());
        people.update("rita", null, "Rita R. Reporter", EnumSet.of(Role.REPORTER, Role.EDITOR), true, ada);
        long enabled = users.byName.get("rita").getAccessStamp();
        PeopleService.Handover reset = people.resetPassword("rita", ada);
        assertNotEquals(enabled, users.byName.get("rita").getAccessStamp());
        assertTrue(reset.user().mustChangePassword());

        assertEquals(
                List.of(
                        "USER_ADDED",
                        "USER_CHANGED",
                        "USER_CHANGED",
                        "USER_DISABLED",
                        "USER_ENABLED",
                        "PASSWORD_RESET"),
                kinds());
        assertEquals("roles reporter → reporter, editor", log.actions.get(2).getDetail());
        assertEquals("name Rita Reporter → Rita R. Reporter", log.actions.get(1).getDetail());
        assertTrue(ended.stream().allMatch("rita"::equals));
        assertEquals("PASSWORD_RESET", people.log(0, 1, ada).items().get(0).kind(), "the log reads newest first");
    }

    @Test
    void thereIsAlwaysAnEnabledAdministratorAndNoneDisablesThemselves() {
        AccountConflictException self = assertThrows(
                AccountConflictException.class,
                () -> people.update("ada", null, "Ada Admin", EnumSet.of(Role.ADMIN), false, ada));
        assertTrue(self.getMessage().contains("your own account"), self.getMessage());
        AccountConflictException last = assertThrows(
                AccountConflictException.class,
                () -> people.update("ada", null, "Ada Admin", EnumSet.of(Role.EDITOR), true, ada));
        assertTrue(last.getMessage().contains("last enabled administrator"), last.getMessage());

        people.add("bea", "Bea Admin", EnumSet.of(Role.ADMIN), ada);
        people.update("ada", null, "Ada Admin", EnumSet.of(Role.EDITOR), true, ada); // Bea is an administrator now
        assertEquals(Set.of(Role.EDITOR), users.byName.get("ada").getRoles());
    }

    @Test
    void aChangeOnAStaleVersionIsRefusedAsStale() {
        AccountConflictException stale = assertThrows(
                AccountConflictException.class,
                () -> people.update("ada", 41L, "Ada", EnumSet.of(Role.ADMIN), true, ada));
        assertTrue(stale.stale());
    }

    @Test
    void theOwnerReplacesTheOneTimePasswordWithOneThePolicyTakes() {
        String oneTime = people.add("rita", "Rita Reporter", EnumSet.of(Role.REPORTER), ada)
                .oneTimePassword();
        PasswordRefusedException wrong = assertThrows(
                PasswordRefusedException.class,
                () -> passwords.changeOwnPassword("rita", "not it", "ferry lantern oboe quartz"));
        assertEquals("current", wrong.field());
        PasswordRefusedException weak = assertThrows(
                PasswordRefusedException.class, () -> passwords.changeOwnPassword("rita", oneTime, "password1234"));
        assertEquals("new", weak.field());
        assertThrows(PasswordRefusedException.class, () -> passwords.changeOwnPassword("rita", oneTime, oneTime));

        ended.clear();
        long before = users.byName.get("rita").getAccessStamp();
        long after = passwords.changeOwnPassword("rita", oneTime, "ferry lantern oboe quartz");
        assertNotEquals(before, after);
        assertFalse(users.byName.get("rita").isMustChangePassword());
        assertEquals(List.of("rita"), ended);
    }

    Users users() {
        return users;
    }

    Log log() {
        return log;
    }

    PeopleService people() {
        return people;
    }

    UserService passwords() {
        return passwords;
    }

    @Test
    void theIdentityProviderMakesTheAccountAtFirstSignInAndItsRolesFollowTheProvider() {
        PeopleService.UserView first = people.signInFromProvider("Oda.Olsen", "Oda Olsen", EnumSet.of(Role.REPORTER));
        assertEquals("oda.olsen", first.username());
        assertEquals(List.of("REPORTER"), first.roles());
        assertFalse(first.mustChangePassword(), "they sign in at the provider, never with a password here");
        assertTrue(passwords.verify("oda.olsen", "").isEmpty(), "and no password here lets anyone in");
        assertEquals(List.of("USER_ADDED"), kinds());
        assertEquals(PeopleService.IDENTITY_PROVIDER, log.actions.get(0).getActor());

        long stamp = users.byName.get("oda.olsen").getAccessStamp();
        people.signInFromProvider("oda.olsen", "Oda Olsen", EnumSet.of(Role.REPORTER));
        assertEquals(List.of("USER_ADDED"), kinds(), "the same roles: nothing to log");
        assertTrue(ended.isEmpty());

        PeopleService.UserView promoted =
                people.signInFromProvider("oda.olsen", "Oda Olsen-Berg", EnumSet.of(Role.EDITOR, Role.COPY_EDITOR));
        assertEquals(List.of("EDITOR", "COPY_EDITOR"), promoted.roles());
        assertEquals("Oda Olsen-Berg", promoted.displayName());
        assertEquals(List.of("USER_ADDED", "USER_CHANGED"), kinds());
        assertEquals(
                "name Oda Olsen → Oda Olsen-Berg; roles reporter → editor, copy editor; as the identity "
                        + "provider says",
                log.actions.get(1).getDetail());
        assertNotEquals(stamp, users.byName.get("oda.olsen").getAccessStamp());
        assertEquals(List.of("oda.olsen"), ended, "the account's other sessions end with the old roles");
    }

    @Test
    void aSignInThroughTheProviderIsRefusedWithoutARoleForADisabledAccountOrAnImpossibleName() {
        SignInRefusedException none = assertThrows(
                SignInRefusedException.class,
                () -> people.signInFromProvider("oda", "Oda", EnumSet.noneOf(Role.class)));
        assertEquals(SignInRefusedException.Reason.NO_ROLE, none.reason());
        assertTrue(users.findByUsername("oda").isEmpty(), "no account for a refused sign-in");

        assertEquals(
                SignInRefusedException.Reason.USERNAME,
                assertThrows(
                                SignInRefusedException.class,
                                () -> people.signInFromProvider("oda@example.org", "Oda", EnumSet.of(Role.REPORTER)))
                        .reason());

        people.signInFromProvider("oda", "Oda", EnumSet.of(Role.REPORTER));
        people.update("oda", null, "Oda", EnumSet.of(Role.REPORTER), false, ada);
        assertEquals(
                SignInRefusedException.Reason.DISABLED,
                assertThrows(
                                SignInRefusedException.class,
                                () -> people.signInFromProvider("oda", "Oda", EnumSet.of(Role.ADMIN)))
                        .reason());
        assertEquals(List.of("REPORTER"), people.get("oda", ada).roles(), "a refused sign-in changes nothing");
        assertFalse(people.get("oda", ada).enabled());
    }

    @Test
    void aProviderWithoutADisplayNameGivesTheUsername() {
        assertEquals(
                "kim",
                people.signInFromProvider("kim", " ", EnumSet.of(Role.COPY_EDITOR))
                        .displayName());
    }

    @Test
    void theProviderDoesNotTakeTheRoleAwayFromTheLastAdministrator() {
        people.signInFromProvider("ada", "Ada Admin", EnumSet.of(Role.EDITOR));
        assertEquals(List.of("EDITOR", "ADMIN"), people.get("ada", ada).roles(), "still an administrator");
        assertEquals(
                "roles admin → editor, admin; as the identity provider says; admin kept: the last enabled "
                        + "administrator",
                log.actions.get(log.actions.size() - 1).getDetail());

        people.add("bo", "Bo Admin", EnumSet.of(Role.ADMIN), ada);
        people.signInFromProvider("ada", "Ada Admin", EnumSet.of(Role.EDITOR));
        assertEquals(
                List.of("EDITOR"),
                people.get("ada", new Actor("bo", EnumSet.of(Role.ADMIN))).roles(),
                "with another administrator, the provider's word counts");
    }

    private List<String> kinds() {
        return log.actions.stream().map(a -> a.getKind().name()).toList();
    }
}
