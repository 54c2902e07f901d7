package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.copydesk.domain.user.User;
import org.copydesk.domain.user.UserRepository;

/**
 * Whether a signed-in user may go on, asked on every request of a session and every remembered API sign-in:
 * enabled, the {@link User#getAccessStamp() stamp} their sign-in began with, and whether a one-time password must
 * be replaced first. Kept in memory per server for {@link #KEEP} and forgotten as soon as a change commits — here
 * at once ({@link UserAccessChanged}), on the other servers of a cluster when the change's message arrives (the
 * web layer's relay calls {@link #forget}); {@link #KEEP} bounds it should a message be lost.
 */
@ApplicationScoped
public class UserAccess {

    /** How long a read state is trusted without a message. */
    static final Duration KEEP = Duration.ofSeconds(30);

    /** A user's state; {@link #NONE} for a username no account has. */
    public record State(boolean enabled, long stamp, boolean mustChangePassword) {
        public static final State NONE = new State(false, -1, false);

        /** Whether a sign-in that began with this stamp may go on. */
        public boolean admits(long signInStamp) {
            return enabled && stamp == signInStamp;
        }
    }

    private record Kept(State state, Instant until) {}

    @Inject
    UserRepository users;

    @Inject
    Clock clock;

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    @Transactional(TxType.SUPPORTS)
    public State current(String username) {
        Instant now = clock.instant();
        Kept k = kept.get(username);
        if (k != null && k.until().isAfter(now)) {
            return k.state();
        }
        State state = users.findByUsername(username)
                .map(u -> new State(u.isEnabled(), u.getAccessStamp(), u.isMustChangePassword()))
                .orElse(State.NONE);
        kept.put(username, new Kept(state, now.plus(KEEP)));
        return state;
    }

    /** Reads the user's state from the database next time. */
    public void forget(String username) {
        kept.remove(username);
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) UserAccessChanged e) {
        forget(e.username());
    }
}
