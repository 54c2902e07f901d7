package org.copydesk.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.PasswordPolicy;
import org.copydesk.domain.user.Role;
import org.copydesk.domain.user.SignInFailure;
import org.copydesk.domain.user.User;
import org.copydesk.domain.user.UserRepository;

/**
 * Users and their passwords. Passwords are hashed with PBKDF2-HMAC-SHA512 (210,000 iterations, 32-byte
 * salt). Because HTTP Basic sends the password with every API call, a successful check is remembered
 * for a few minutes as a SHA-256 digest in memory, so only the first call of a client pays for PBKDF2.
 * Five wrong passwords for one username within 15 minutes lock its sign-in for 5 minutes (even with the
 * right password), which makes guessing slow; the counts and the lock are in the database
 * ({@link SignInFailures}), so every node of a cluster honours them.
 */
@ApplicationScoped
public class UserService {

    private static final Logger LOG = Logger.getLogger(UserService.class.getName());
    static final Duration REMEMBER_VERIFIED = Duration.ofMinutes(5);
    public static final int PASSWORD_MIN = 8;

    @Inject
    UserRepository users;

    @Inject
    Pbkdf2PasswordHash hasher;

    @Inject
    Clock clock;

    @Inject
    SignInFailures signInFailures;

    @Inject
    UserAccess access;

    @Inject
    jakarta.enterprise.event.Event<UserAccessChanged> accessChanged;

    /** After this many wrong passwords for one username within the window, sign-in is refused a while. */
    public static final int FAILURES_BEFORE_LOCK = 5;

    static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(5);

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private String dummyHash;

    private record Verified(byte[] digest, Actor actor, long stamp, Instant until) {}

    @PostConstruct
    void init() {
        hasher.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        dummyHash = hasher.generate("not-a-password".toCharArray());
    }

    /**
     * The actor for a username and password, if they match an enabled user. A check that succeeded is remembered a
     * few minutes, for as long as the account's {@link User#getAccessStamp() stamp} stays what it was (an
     * administrator's change, or a new password, ends that at once).
     */
    @Transactional
    public Optional<Actor> verify(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        byte[] digest = sha256(username + '\u0000' + password);
        Verified known = verified.get(username);
        Instant now = clock.instant();
        if (known != null
                && known.until().isAfter(now)
                && MessageDigest.isEqual(known.digest(), digest)
                && access.current(username).admits(known.stamp())) {
            return Optional.of(known.actor());
        }
        Optional<SignInFailure> failed =
                SignInFailures.quietly(() -> signInFailures.find(username), Optional.empty(), "read the sign-in lock");
        if (failed.filter(f -> f.lockedAt(now)).isPresent()) {
            LOG.warning(() -> "Sign-in refused for " + username + ": locked after repeated failures");
            return Optional.empty();
        }
        Optional<User> user = users.findByUsername(username).filter(User::isEnabled);
        // Hash even for unknown users, so the answer's timing does not tell which usernames exist.
        String hash = user.map(User::getPasswordHash).orElse(dummyHash);
        boolean matches = hasher.verify(password.toCharArray(), hash);
        if (user.isEmpty() || !matches) {
            verified.remove(username);
            recordFailure(username, now);
            return Optional.empty();
        }
        if (failed.isPresent()) { // a right password: the count starts again
            SignInFailures.quietly(
                    () -> {
                        signInFailures.clear(username);
                        return null;
                    },
                    null,
                    "clear the sign-in failures");
        }
        Actor actor = user.get().asActor();
        verified.put(username, new Verified(digest, actor, user.get().getAccessStamp(), now.plus(REMEMBER_VERIFIED)));
        return Optional.of(actor);
    }

    /**
     * The signed-in user's own new password, in place of the current one (a one-time password included): the
     * current password must be right, the new one meet the {@link PasswordPolicy}. The account's other sessions
     * and remembered sign-ins end; answers the account's new stamp, for the session that made the change.
     *
     * @throws IllegalArgumentException naming the field ("current" or "new") and what is wrong with it
     */
    @Transactional
    public long changeOwnPassword(String username, String current, String replacement) {
        User user = users.findByUsername(username)
                .filter(User::isEnabled)
                .orElseThrow(() -> new NotFoundException("There is no enabled account \"" + username + "\"."));
        if (current == null || !hasher.verify(current.toCharArray(), user.getPasswordHash())) {
            recordFailure(username, clock.instant());
            throw new PasswordRefusedException("current", "The current password is wrong.");
        }
        Optional<String> problem = PasswordPolicy.problem(replacement, username);
        if (problem.isPresent()) {
            throw new PasswordRefusedException("new", problem.get());
        }
        if (replacement.equals(current)) {
            throw new PasswordRefusedException("new", "The new password must differ from the current one.");
        }
        user.changePasswordHash(hash(replacement));
        verified.remove(username);
        accessChanged.fire(new UserAccessChanged(username));
        LOG.info(() -> "Password of " + username + " changed by its owner");
        return user.getAccessStamp();
    }

    /** A password's PBKDF2 hash, as stored. */
    public String hash(String password) {
        return hasher.generate(password.toCharArray());
    }

    private void recordFailure(String username, Instant now) {
        if (SignInFailures.quietly(
                () -> signInFailures.fail(username, now, FAILURE_WINDOW, FAILURES_BEFORE_LOCK, LOCK),
                false,
                "count a wrong password")) {
            LOG.warning(() -> "Sign-in for " + username + " locked for " + LOCK.toMinutes() + " minutes after "
                    + FAILURES_BEFORE_LOCK + " wrong passwords");
        }
    }

    @Transactional
    public void register(String username, String displayName, String password, Set<Role> roles) {
        if (password == null || password.length() < PASSWORD_MIN) {
            throw new IllegalArgumentException("a password needs at least " + PASSWORD_MIN + " characters");
        }
        if (users.findByUsername(username).isPresent()) {
            throw new IllegalArgumentException("there is already a user " + username);
        }
        users.store(new User(username, displayName, hasher.generate(password.toCharArray()), roles));
    }

    /**
     * Creates the accounts listed in a provisioning text that do not exist yet; existing accounts are never
     * changed. One account per line, fields separated by white space:
     * {@code username ROLE[,ROLE...] initial-password Display Name}; blank lines and lines starting with
     * {@code #} are skipped. This is how a production database gets its first users (there are no demo
     * users there).
     *
     * @return the usernames created now
     * @throws IllegalArgumentException naming the line when a line is malformed, before anything is created
     */
    @Transactional
    public List<String> provision(String accounts) {
        record Account(String username, Set<Role> roles, String password, String displayName) {}
        List<Account> parsed = new ArrayList<>();
        String[] lines = accounts.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s+", 4);
            if (fields.length < 3) {
                throw new IllegalArgumentException(
                        "line " + (i + 1) + ": expected 'username ROLE[,ROLE] password [Display Name]'");
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String role : fields[1].split(",")) {
                try {
                    roles.add(Role.valueOf(role.strip().toUpperCase(java.util.Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(
                            "line " + (i + 1) + ": unknown role '" + role + "' (one of "
                                    + java.util.Arrays.toString(Role.values()) + ")",
                            e);
                }
            }
            if (fields[2].length() < PASSWORD_MIN) {
                throw new IllegalArgumentException(
                        "line " + (i + 1) + ": a password needs at least " + PASSWORD_MIN + " characters");
            }
            parsed.add(new Account(fields[0], roles, fields[2], fields.length > 3 ? fields[3] : fields[0]));
        }
        List<String> created = new ArrayList<>();
        for (Account account : parsed) {
            if (users.findByUsername(account.username()).isEmpty()) {
                users.store(new User(
                        account.username(),
                        account.displayName(),
                        hasher.generate(account.password().toCharArray()),
                        account.roles()));
                created.add(account.username());
            }
        }
        return created;
    }

    /**
     * The local demo users of docs/design.md, one per role, password "copydesk". Only for the embedded H2
     * default: the caller decides, never for a production database.
     */
    @Transactional
    public int ensureDemoUsers() {
        int created = 0;
        for (Role role : Role.values()) {
            String username =
                    role == Role.COPY_EDITOR ? "copyeditor" : role.name().toLowerCase();
            if (users.findByUsername(username).isEmpty()) {
                String name =
                        switch (role) {
                            case REPORTER -> "Rita Reporter";
                            case EDITOR -> "Ed Editor";
                            case COPY_EDITOR -> "Cora Copyeditor";
                            case ADMIN -> "Ada Admin";
                        };
                users.store(new User(username, name, hasher.generate("copydesk".toCharArray()), EnumSet.of(role)));
                created++;
            }
        }
        if (created > 0) {
            LOG.warning(() -> "Created local demo users (reporter, editor, copyeditor, admin; password "
                    + "'copydesk'). They exist only with the embedded H2 database.");
        }
        return created;
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
