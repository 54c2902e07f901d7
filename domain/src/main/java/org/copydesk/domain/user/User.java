package org.copydesk.domain.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** A newsroom user. The password is only ever kept as a salted PBKDF2 hash. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "User.findByUsername", query = "select u from User u where u.username = :username")
@NamedQuery(name = "User.findAll", query = "select u from User u order by u.username")
@NamedQuery(
        name = "User.countEnabledAdmins",
        query =
                "select count(u) from User u join u.roles r where u.enabled = true and r = org.copydesk.domain.user.Role.ADMIN")
public class User {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,39}");

    /** Whether some account could have this username (the rules {@link #User} enforces). */
    public static boolean isPossibleUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    @Id
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = new HashSet<>();

    /** The one-time password an administrator set must be replaced before anything else. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /**
     * Counts the changes that end the user's sessions: disabling, enabling, roles, a new password. A session and
     * a remembered API sign-in carry the stamp they began with and end when it is no longer the user's.
     */
    @Column(name = "access_stamp", nullable = false)
    private long accessStamp;

    @Version
    private long version;

    protected User() {
        // for JPA
    }

    public User(String username, String displayName, String passwordHash, Set<Role> roles) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException(
                    "username must be 2-40 lower-case letters, digits, '.', '_' or '-', starting with a letter");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("display name must not be blank");
        }
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new IllegalArgumentException("a password hash is required");
        }
        this.username = username;
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(roles);
        this.enabled = true;
    }

    /** A new account whose password is a one-time password from an administrator (hashed). */
    public static User withOneTimePassword(String username, String displayName, String oneTimeHash, Set<Role> roles) {
        User user = new User(username, displayName, oneTimeHash, roles);
        user.mustChangePassword = true;
        return user;
    }

    public Actor asActor() {
        return new Actor(username, roles);
    }

    /** The user's own new password (hashed): the one-time password, if any, is gone. */
    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
        accessStamp++;
    }

    /** A one-time password from an administrator (hashed), to be replaced at the next sign-in. */
    public void resetPasswordHash(String oneTimeHash) {
        this.passwordHash = oneTimeHash;
        this.mustChangePassword = true;
        accessStamp++;
    }

    /** New roles; the user's sessions end if they differ. */
    public void grant(Set<Role> newRoles) {
        Set<Role> next = newRoles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(newRoles);
        if (!next.equals(roles)) {
            this.roles = next;
            accessStamp++;
        }
    }

    public void rename(String newDisplayName) {
        if (newDisplayName == null || newDisplayName.isBlank()) {
            throw new IllegalArgumentException("display name must not be blank");
        }
        this.displayName = newDisplayName.strip();
    }

    public void disable() {
        if (enabled) {
            this.enabled = false;
            accessStamp++;
        }
    }

    public void enable() {
        if (!enabled) {
            this.enabled = true;
            accessStamp++;
        }
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public long getAccessStamp() {
        return accessStamp;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof User other && username.equals(other.username));
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }
}
