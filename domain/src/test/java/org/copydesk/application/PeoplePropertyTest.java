package org.copydesk.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.Role;
import org.copydesk.domain.user.User;

/**
 * "The newsroom never loses its last administrator, and a session survives exactly the changes that leave its
 * access alone", as a property of {@link PeopleService} and {@link UserService} over repositories in memory:
 * random sequences of adds, changes (name, roles, enabled — by any account, administrator or not, themselves
 * included), resets, changes of one's own password and sign-ins through the identity provider (with whatever roles
 * it gives). After every step there is an enabled administrator; a
 * refused step changes nothing (no account, no log entry); a step that is taken raises an account's stamp (ending
 * its sessions) exactly when its enabled flag, its roles or its password changed, logs what it did, and leaves a
 * one-time password to replace exactly after an add or a reset.
 */
class PeoplePropertyTest {

    static final List<String> NAMES = List.of("ada", "bea", "cal", "dee", "eli");
    static final List<Set<Role>> ROLE_SETS = List.of(
            EnumSet.of(Role.ADMIN),
            EnumSet.of(Role.REPORTER),
            EnumSet.of(Role.EDITOR, Role.ADMIN),
            EnumSet.of(Role.COPY_EDITOR),
            EnumSet.noneOf(Role.class),
            EnumSet.of(Role.EDITOR));

    enum Kind {
        ADD,
        CHANGE,
        RESET,
        OWN_PASSWORD,
        PROVIDER
    }

    record Op(Kind kind, int by, int target, int roles, boolean enabled, boolean rename) {}

    @Provide
    Arbitrary<List<Op>> sequences() {
        Arbitrary<Kind> kinds = Arbitraries.frequency(
                Tuple.of(3, Kind.ADD),
                Tuple.of(6, Kind.CHANGE),
                Tuple.of(2, Kind.RESET),
                Tuple.of(2, Kind.OWN_PASSWORD),
                Tuple.of(3, Kind.PROVIDER));
        Arbitrary<Integer> person = Arbitraries.integers().between(0, NAMES.size() - 1);
        // most steps by the first administrator, some by anyone (refused unless they are one now)
        Arbitrary<Integer> actor = Arbitraries.frequency(Tuple.of(3, 0), Tuple.of(1, -1))
                .flatMap(a -> a == 0 ? Arbitraries.just(0) : person);
        return Combinators.combine(
                        kinds,
                        actor,
                        person,
                        Arbitraries.integers().between(0, ROLE_SETS.size() - 1),
                        Arbitraries.of(true, true, false),
                        Arbitraries.of(true, false))
                .as(Op::new)
                .list()
                .ofMinSize(5)
                .ofMaxSize(40);
    }

    /** An account as a step may change it. */
    record Seen(String name, Set<Role> roles, boolean enabled, boolean mustChange, long stamp, String hash) {
        static Seen of(User u) {
            return new Seen(
                    u.getDisplayName(),
                    u.getRoles(),
                    u.isEnabled(),
                    u.isMustChangePassword(),
                    u.getAccessStamp(),
                    u.getPasswordHash());
        }
    }

    @Property(tries = 400, shrinking = ShrinkingMode.BOUNDED)
    void theLastAdministratorStaysAndSessionsEndExactlyOnAccessChanges(@ForAll("sequences") List<Op> ops) {
        PeopleServiceTest world = new PeopleServiceTest();
        world.newsroom();
        Map<String, String> passwords = new TreeMap<>(Map.of("ada", "ada's own long password"));
        int[] changes = {0};
        for (Op op : ops) {
            Map<String, Seen> before = snapshot(world);
            int logged = world.log().actions.size();
            String target = NAMES.get(op.target());
            Actor by = actor(world, NAMES.get(op.by()));
            try {
                apply(world, op, by, target, passwords, changes);
                Statistics.label("step").collect(op.kind() + " done");
                checkTaken(
                        op, target, before, snapshot(world), world.log().actions.size() - logged);
            } catch (NotPermittedException
                    | AccountConflictException
                    | NotFoundException
                    | IllegalArgumentException
                    | SignInRefusedException e) {
                Statistics.label("step")
                        .collect(op.kind() + " refused: " + e.getClass().getSimpleName());
                assertEquals(before, snapshot(world), "a refused step changes no account: " + op);
                assertEquals(logged, world.log().actions.size(), "a refused step logs nothing: " + op);
            }
            long admins = world.users().byName.values().stream()
                    .filter(u -> u.isEnabled() && u.getRoles().contains(Role.ADMIN))
                    .count();
            assertTrue(admins >= 1, "an enabled administrator is left after " + op);
        }
    }

    private static void apply(
            PeopleServiceTest world, Op op, Actor by, String target, Map<String, String> passwords, int[] changes) {
        switch (op.kind()) {
            case ADD ->
                passwords.put(
                        target,
                        world.people()
                                .add(target, "Person " + target, ROLE_SETS.get(op.roles()), by)
                                .oneTimePassword());
            case CHANGE -> {
                User u = world.users().byName.get(target);
                String name = u == null || op.rename() ? "Renamed " + target : u.getDisplayName();
                world.people().update(target, null, name, ROLE_SETS.get(op.roles()), op.enabled(), by);
            }
            case RESET ->
                passwords.put(target, world.people().resetPassword(target, by).oneTimePassword());
            case OWN_PASSWORD -> {
                String replacement = "a passphrase of one's own, number " + (++changes[0]);
                world.passwords().changeOwnPassword(target, passwords.getOrDefault(target, "none"), replacement);
                passwords.put(target, replacement);
            }
            // a sign-in through the identity provider, with the roles it gives (none: refused)
            case PROVIDER ->
                world.people()
                        .signInFromProvider(
                                target,
                                op.rename() ? "Renamed " + target : "Person " + target,
                                ROLE_SETS.get(op.roles()));
        }
    }

    private static void checkTaken(
            Op op, String target, Map<String, Seen> before, Map<String, Seen> after, int logged) {
        Seen was = before.get(target);
        Seen now = after.get(target);
        for (String other : after.keySet()) {
            if (!other.equals(target)) {
                assertEquals(before.get(other), after.get(other), "only the target changes: " + op);
            }
        }
        if (was == null) {
            assertTrue(op.kind() == Kind.ADD || op.kind() == Kind.PROVIDER, op.toString());
            assertEquals(
                    op.kind() == Kind.ADD,
                    now.mustChange(),
                    "an added account has a one-time password, one " + "made by the provider none (it signs in there)");
            assertTrue(now.enabled());
            assertEquals(1, logged);
            return;
        }
        boolean accessChanged = was.enabled() != now.enabled()
                || !was.roles().equals(now.roles())
                || !was.hash().equals(now.hash());
        assertEquals(
                accessChanged,
                was.stamp() != now.stamp(),
                "the stamp (and with it every session) changes exactly with access: " + op + " " + was + " → " + now);
        switch (op.kind()) {
            case RESET -> assertTrue(now.mustChange() && logged == 1, op.toString());
            case OWN_PASSWORD -> assertTrue(!now.mustChange() && logged == 0 && accessChanged, op.toString());
            case CHANGE -> {
                int expected = (was.name().equals(now.name()) && was.roles().equals(now.roles()) ? 0 : 1)
                        + (was.enabled() != now.enabled() ? 1 : 0);
                assertEquals(expected, logged, "one log entry for the changes, one for enabling or disabling: " + op);
                assertEquals(was.mustChange(), now.mustChange());
            }
            case PROVIDER -> {
                assertTrue(was.enabled() && !now.roles().isEmpty(), "taken only for an enabled account with roles");
                boolean adminKept = was.roles().contains(Role.ADMIN)
                        && !ROLE_SETS.get(op.roles()).contains(Role.ADMIN)
                        && now.roles().contains(Role.ADMIN);
                int expected = was.name().equals(now.name()) && was.roles().equals(now.roles()) && !adminKept ? 0 : 1;
                assertEquals(expected, logged, "one log entry when the provider changed the account: " + op);
                assertEquals(was.mustChange(), now.mustChange());
            }
            default -> throw new AssertionError("an add of an existing account was taken: " + op);
        }
    }

    private static Map<String, Seen> snapshot(PeopleServiceTest world) {
        Map<String, Seen> seen = new TreeMap<>();
        world.users().byName.forEach((name, u) -> seen.put(name, Seen.of(u)));
        return seen;
    }

    /** The account as it signs in now (a disabled or unknown one still asks: the services must refuse it). */
    private static Actor actor(PeopleServiceTest world, String name) {
        User u = world.users().byName.get(name);
        return new Actor(name, u == null || !u.isEnabled() ? EnumSet.noneOf(Role.class) : u.getRoles());
    }
}
