package org.copydesk.domain.sourcing;

import java.util.List;
import java.util.Optional;

public interface SourceRepository {

    Optional<Source> find(long id);

    /** The source, its row locked until the transaction ends: for a change checked against a version. */
    Optional<Source> findForUpdate(long id);

    Source store(Source source);

    /** Writes pending changes now, so that the version the caller answers with is the one stored. */
    void flush();

    /** Live (not merged) sources whose name or an alias has this key (see {@link Source#key}). */
    List<Source> findByKey(String key);

    /**
     * {@link #findByKey} for many keys at once, in a few queries whatever their number: the sourcing desk
     * asks it for every claim of a story on each action. Every key asked is in the answer (an empty list
     * when nothing matches).
     */
    java.util.Map<String, List<Source>> findByKeys(java.util.Collection<String> keys);

    /** Live sources whose name, alias or role contains the words, best first, paged. */
    List<Source> search(String text, int offset, int limit);

    long count(String text);

    List<Source> findAll(java.util.Collection<Long> ids);

    /** The stories whose attributions link the source, most recently changed first, paged. */
    List<SourceUse> uses(long sourceId, int offset, int limit);

    /** How many stories link the source. */
    long countStories(long sourceId);

    /** How many attributions link the source, in all stories. */
    long countAttributions(long sourceId);

    /**
     * The names and aliases of live sources, the most recently registered first, at most {@code limit}:
     * the copy check knows them as names and finds their near misses.
     */
    List<String> registryNames(int limit);
}
