package org.copydesk.domain.user;

import java.time.Instant;
import java.util.Optional;

/** Where the wrong-password counts of every node live. */
public interface SignInFailureRepository {

    Optional<SignInFailure> find(String username);

    /** The record with its row locked, for counting one more failure. */
    Optional<SignInFailure> findForUpdate(String username);

    SignInFailure store(SignInFailure failure);

    void delete(String username);

    /** Forgets the records that neither lock nor count any more (older than the window, lock over). */
    int purge(Instant countedSince, Instant now);
}
