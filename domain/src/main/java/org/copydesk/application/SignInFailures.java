package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.copydesk.domain.user.SignInFailure;
import org.copydesk.domain.user.SignInFailureRepository;
import org.copydesk.domain.user.User;

/**
 * The sign-in lock's counts, each change in a transaction of its own: a failure is counted even though the
 * sign-in that made it answers normally (401), and two nodes counting the same username at once never turn
 * a wrong password into an error. Losing one count in such a race only lets one more guess through.
 */
@ApplicationScoped
public class SignInFailures {

    private static final Logger LOG = Logger.getLogger(SignInFailures.class.getName());

    @Inject
    SignInFailureRepository failures;

    /** The wrong passwords counted for this username, if any (none for names no account could have). */
    @Transactional
    public Optional<SignInFailure> find(String username) {
        return User.isPossibleUsername(username) ? failures.find(username) : Optional.empty();
    }

    /**
     * Counts a wrong password; true when it locks sign-in for the username. Names no account could have are
     * not counted (nothing to protect, and nothing to store for every string a client makes up).
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean fail(String username, Instant now, Duration window, int threshold, Duration lock) {
        if (!User.isPossibleUsername(username)) {
            return false;
        }
        SignInFailure f = failures.findForUpdate(username).orElse(null);
        if (f == null) {
            failures.purge(now.minus(window).minus(lock), now);
            f = failures.store(SignInFailure.none(username, now));
        }
        return f.fail(now, window, threshold, lock);
    }

    /** A right password: the count starts again. */
    @Transactional(TxType.REQUIRES_NEW)
    public void clear(String username) {
        failures.delete(username);
    }

    /** Runs one of the above, logging instead of failing the sign-in if the database refuses it. */
    static <T> T quietly(java.util.function.Supplier<T> change, T otherwise, String what) {
        try {
            return change.get();
        } catch (RuntimeException e) {
            LOG.warning(() -> "Could not " + what + ": " + e);
            return otherwise;
        }
    }
}
