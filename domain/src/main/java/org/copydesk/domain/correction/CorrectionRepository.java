package org.copydesk.domain.correction;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Corrections to published stories and readers' reports, with the public log. Lists are paged by the store. */
public interface CorrectionRepository {

    Optional<Correction> correction(long id);

    Correction store(Correction correction);

    List<Correction> corrections(long storyId);

    /**
     * The public notices of a story, oldest first: corrections other than typo fixes applied after the story
     * was published (a fix made on the copy desk before publication is history, not a public correction).
     */
    List<Correction> notices(long storyId);

    /**
     * The public log, newest first: corrections applied to stories after they were published (published or
     * retracted now), the same rule as the desk metrics' "applied after publication".
     */
    List<Correction> log(int offset, int limit);

    long logCount();

    /**
     * Proposed corrections and reader reports waiting for the desk, newest first; a report linked to a
     * proposed correction waits with that correction and is not listed itself.
     */
    List<Correction> pending(int offset, int limit);

    long pendingCount();

    /** Reports linked to this correction and still waiting for it to be applied. */
    List<Correction> reportsWaitingFor(long correctionId);

    /** How many reports the reader with this key ({@link Correction#fromReader}) sent since then. */
    long reportsSince(String readerKey, Instant since);

    /** Erases the reader keys of reports sent before then (the hourly limit no longer counts them). */
    int forgetReaderKeys(Instant before);

    /**
     * The secret under which reader keys are made: the stored one, or {@code proposal} stored now if there
     * is none yet. In a transaction of its own; may fail when another node stores its proposal at the same
     * moment (ask again: the other one is stored then).
     */
    String readerKeySecret(String proposal);
}
