package org.copydesk.domain.story;

import java.util.List;
import java.util.Optional;

/** Where stories are kept. Lists are always paged and filtered by the store, never loaded whole. */
public interface StoryRepository {

    Optional<Story> find(long id);

    /**
     * Loads the story and holds its row until the transaction ends. Every change that makes a revision
     * loads the story this way: the next revision number is then read from the committed story and
     * handed out once, and a caller that waited for another save sees that save's version (a stale
     * If-Match is then refused as stale, not by the database).
     */
    Optional<Story> findForUpdate(long id);

    Optional<Story> findBySlug(String slug);

    Optional<Story> findByFingerprint(String fingerprint);

    boolean slugExists(String slug);

    /** Stores a new story (it gets its id at once) or returns the managed one. */
    Story store(Story story);

    /** Writes pending changes now, so the version the caller sees is the stored one. */
    void flush();

    /** The ids of ready stories whose publishing time is {@code now} or earlier, soonest first, at most {@code limit}. */
    List<Long> dueForPublishing(java.time.Instant now, int limit);

    /**
     * The stories coming up, at most {@code limit} of each kind: those scheduled (soonest first), then those not
     * yet published whose embargo ends after {@code now} (soonest end first), each story once.
     */
    List<Story> upcoming(java.time.Instant now, int limit);

    /**
     * The stories of a day's budget: those whose deadline, scheduled publication or publication falls in
     * {@code [from, before)}, at most {@code limit}, by deadline (then scheduled time, then publication).
     */
    List<Story> budget(java.time.Instant from, java.time.Instant before, int limit);

    /** One page of stories, newest change first, matching the criteria. */
    List<Story> search(StoryQuery query, int offset, int limit);

    long count(StoryQuery query);

    /**
     * The newest published stories (not retracted ones), newest publication first: in a section when
     * {@code section} is not null, published at {@code since} or later when it is not null, at most {@code limit}.
     */
    List<PublishedEntry> published(String section, java.time.Instant since, int limit);
}
