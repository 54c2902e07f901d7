package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.AdminAction;
import org.copydesk.domain.user.AdminAction.Kind;
import org.copydesk.domain.user.AdminActionRepository;
import org.copydesk.domain.user.OneTimePasswords;
import org.copydesk.domain.user.Role;
import org.copydesk.domain.user.User;
import org.copydesk.domain.user.UserRepository;
import org.copydesk.domain.workflow.Permission;
import org.copydesk.domain.workflow.Policy;

/**
 * The newsroom's people, run by administrators without SQL: add a colleague (with a one-time password to hand
 * over), change their name and roles, disable and enable them, reset a forgotten password. Every action is kept in
 * the {@link AdminAction administrators' log}. A change that ends the user's sessions fires
 * {@link UserAccessChanged}. There is always at least one enabled administrator, and none disables themselves.
 */
@ApplicationScoped
@Transactional
public class PeopleService {

    private static final Logger LOG = Logger.getLogger(PeopleService.class.getName());

    /** An account as administrators see it (never its password). */
    public record UserView(
            String username,
            String displayName,
            List<String> roles,
            boolean enabled,
            boolean mustChangePassword,
            long version) {

        static UserView of(User u) {
            return new UserView(
                    u.getUsername(),
                    u.getDisplayName(),
                    u.getRoles().stream().sorted().map(Role::name).toList(),
                    u.isEnabled(),
                    u.isMustChangePassword(),
                    u.getVersion());
        }
    }

    /** An account with the one-time password its owner must replace at first sign-in; shown this once. */
    public record Handover(UserView user, String oneTimePassword) {}

    /** An entry of the administrators' log. */
    public record ActionView(long id, Instant at, String actor, String kind, String target, String detail) {

        static ActionView of(AdminAction a) {
            return new ActionView(
                    a.getId(), a.getAt(), a.getActor(), a.getKind().name(), a.getTarget(), a.getDetail());
        }
    }

    @Inject
    UserRepository users;

    @Inject
    AdminActionRepository log;

    @Inject
    UserService passwords;

    @Inject
    Event<UserAccessChanged> accessChanged;

    @Inject
    Clock clock;

    public Page<UserView> list(int page, int size, Actor by) {
        requireAdmin(by);
        List<UserView> items = users.page(Page.offset(page, size), size).stream()
                .map(UserView::of)
                .toList();
        return new Page<>(items, users.count(), page, size);
    }

    public UserView get(String username, Actor by) {
        requireAdmin(by);
        return UserView.of(find(username));
    }

    /** Adds an account with the roles; answers it with a one-time password. */
    public Handover add(String username, String displayName, Set<Role> roles, Actor by) {
        requireAdmin(by);
        requireRoles(roles);
        String name = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
        if (!User.isPossibleUsername(name)) {
            throw new IllegalArgumentException(
                    "A username is 2 to 40 lower-case letters, digits, '.', '_' or '-', " + "starting with a letter.");
        }
        if (users.findByUsername(name).isPresent()) {
            throw new AccountConflictException("There is already an account \"" + name + "\".");
        }
        String oneTime = OneTimePasswords.generate();
        User user = User.withOneTimePassword(name, requireDisplayName(displayName), passwords.hash(oneTime), roles);
        users.store(user);
        record(by, Kind.USER_ADDED, name, "name " + user.getDisplayName() + "; roles " + words(roles));
        LOG.info(() -> "Account " + name + " added by " + by.username());
        return new Handover(UserView.of(user), oneTime);
    }

    /**
     * Sets the account's display name, roles and whether it is enabled; {@code expectedVersion}, when given, must
     * be the version read (else someone changed it since). Disabling, enabling or new roles end the account's
     * sessions and remembered sign-ins on every server.
     */
    public UserView update(
            String username, Long expectedVersion, String displayName, Set<Role> roles, boolean enabled, Actor by) {
        requireAdmin(by);
        requireRoles(roles);
        User user = find(username);
        if (expectedVersion != null && expectedVersion != user.getVersion()) {
            throw new AccountConflictException(
                    "Someone changed the account \"" + username + "\" since you read it "
                            + "(version " + expectedVersion + ", now " + user.getVersion()
                            + "). Read it again and make your "
                            + "change on what it is now.",
                    true);
        }
        if (!enabled && user.isEnabled() && by.is(username)) {
            throw new AccountConflictException("You cannot disable your own account; another administrator can.");
        }
        String newName = requireDisplayName(displayName);
        long stampBefore = user.getAccessStamp();
        boolean adminNow = user.isEnabled() && user.getRoles().contains(Role.ADMIN);
        boolean adminAfter = enabled && roles.contains(Role.ADMIN);
        if (adminNow && !adminAfter && lockedCountOfAdmins() <= 1) {
            throw new AccountConflictException("\"" + username + "\" is the last enabled administrator; make someone "
                    + "else an administrator first.");
        }
        // every refusal is above: from here on the account changes
        List<String> changes = renameAndGrant(user, newName, roles);
        boolean wasEnabled = user.isEnabled();
        if (enabled) {
            user.enable();
        } else {
            user.disable();
        }
        if (!changes.isEmpty()) {
            record(by, Kind.USER_CHANGED, username, String.join("; ", changes));
        }
        if (wasEnabled != enabled) {
            record(by, enabled ? Kind.USER_ENABLED : Kind.USER_DISABLED, username, null);
        }
        if (user.getAccessStamp() != stampBefore) {
            accessChanged.fire(new UserAccessChanged(username));
        }
        return UserView.of(users.store(user)); // written now: the view carries the new version
    }

    /** Gives the account a new one-time password (the old one stops working, its sessions end). */
    public Handover resetPassword(String username, Actor by) {
        requireAdmin(by);
        User user = find(username);
        String oneTime = OneTimePasswords.generate();
        user.resetPasswordHash(passwords.hash(oneTime));
        record(by, Kind.PASSWORD_RESET, username, null);
        accessChanged.fire(new UserAccessChanged(username));
        LOG.info(() -> "Password of " + username + " reset by " + by.username());
        return new Handover(UserView.of(users.store(user)), oneTime);
    }

    /** Who the log names for what the newsroom's identity provider changed at a sign-in. */
    public static final String IDENTITY_PROVIDER = "identity provider";

    /**
     * A sign-in the newsroom's identity provider vouched for: the account is made on first sign-in, and its name
     * and roles follow what the provider says at every sign-in (a change ends the account's other sessions, as an
     * administrator's would). Refused when the provider gives no Copydesk role, when the name cannot be a
     * username, or when an administrator disabled the account here. Such an account gets a random password nobody
     * knows: it signs in through the provider until an administrator resets its password.
     */
    public UserView signInFromProvider(String username, String displayName, Set<Role> roles) {
        String name = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
        if (!User.isPossibleUsername(name)) {
            throw new SignInRefusedException(
                    SignInRefusedException.Reason.USERNAME,
                    "The identity provider named you \""
                            + username
                            + "\", which cannot be a Copydesk username (2 to 40 lower-case letters, digits, '.', "
                            + "'_' or '-').");
        }
        if (roles == null || roles.isEmpty()) {
            throw new SignInRefusedException(
                    SignInRefusedException.Reason.NO_ROLE,
                    "Your newsroom account has no "
                            + "Copydesk role. Ask an administrator of the identity provider to give you one.");
        }
        String given = displayName == null || displayName.isBlank() ? name : displayName.strip();
        String shownName = given.substring(0, Math.min(120, given.length()));
        Actor provider = new Actor(IDENTITY_PROVIDER, Set.of());
        User user = users.findByUsername(name).orElse(null);
        if (user == null) {
            user = new User(
                    name, shownName, passwords.hash(OneTimePasswords.generate() + OneTimePasswords.generate()), roles);
            users.store(user);
            record(
                    provider,
                    Kind.USER_ADDED,
                    name,
                    "name " + shownName + "; roles " + words(roles)
                            + "; at first sign-in through the identity provider");
            LOG.info(() -> "Account " + name + " made at its first sign-in through the identity provider");
            return UserView.of(user);
        }
        if (!user.isEnabled()) {
            throw new SignInRefusedException(
                    SignInRefusedException.Reason.DISABLED,
                    "Your Copydesk account is " + "disabled. Ask a Copydesk administrator.");
        }
        long stampBefore = user.getAccessStamp();
        Set<Role> granted = roles;
        String kept = "";
        if (user.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN) && lockedCountOfAdmins() <= 1) {
            // the provider's word does not lock the newsroom out: the last administrator stays one
            granted = EnumSet.copyOf(roles);
            granted.add(Role.ADMIN);
            kept = "; admin kept: the last enabled administrator";
        }
        List<String> changes = renameAndGrant(user, shownName, granted);
        if (!changes.isEmpty() || !kept.isEmpty()) {
            record(
                    provider,
                    Kind.USER_CHANGED,
                    name,
                    String.join("; ", changes) + "; as the identity provider says" + kept);
        }
        if (user.getAccessStamp() != stampBefore) {
            accessChanged.fire(new UserAccessChanged(name));
        }
        return UserView.of(users.store(user));
    }

    /** The administrators' log, newest first. */
    public Page<ActionView> log(int page, int size, Actor by) {
        requireAdmin(by);
        List<ActionView> items = log.newest(Page.offset(page, size), size).stream()
                .map(ActionView::of)
                .toList();
        return new Page<>(items, log.count(), page, size);
    }

    private long lockedCountOfAdmins() {
        users.lockAdministrators();
        return users.countEnabledAdmins();
    }

    /** Gives the account the name and roles; answers what changed, as the log says it. */
    private static List<String> renameAndGrant(User user, String name, Set<Role> roles) {
        List<String> changes = new ArrayList<>();
        if (!name.equals(user.getDisplayName())) {
            changes.add("name " + user.getDisplayName() + " → " + name);
            user.rename(name);
        }
        if (!roles.equals(user.getRoles())) {
            changes.add("roles " + words(user.getRoles()) + " → " + words(roles));
            user.grant(roles);
        }
        return changes;
    }

    private User find(String username) {
        return users.findByUsername(username == null ? "" : username)
                .orElseThrow(() -> new NotFoundException("There is no account \"" + username + "\"."));
    }

    private void record(Actor by, Kind kind, String target, String detail) {
        log.record(new AdminAction(clock.instant(), by.username(), kind, target, detail));
    }

    private static void requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException(
                    "Give the account at least one role (REPORTER, EDITOR, COPY_EDITOR, " + "ADMIN).");
        }
    }

    private static String requireDisplayName(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("Give the person's name as colleagues know it.");
        }
        String name = displayName.strip();
        if (name.length() > 120) {
            throw new IllegalArgumentException("A display name has at most 120 characters.");
        }
        return name;
    }

    /** Roles in words, as the log shows them: "copy editor, editor". */
    static String words(Set<Role> roles) {
        return roles.isEmpty() ? "none" : Role.inWords(roles);
    }

    private static void requireAdmin(Actor by) {
        Policy.require(by, Permission.ADMINISTER);
    }
}
