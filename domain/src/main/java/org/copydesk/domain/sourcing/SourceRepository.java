package org.copydesk.domain.sourcing;

import java.util.List;
import java.util.Optional;

public interface SourceRepository {

    Optional<Source> find(long id);

    Source store(Source source);

    /** Live (not merged) sources whose name or an alias has this key (see {@link Source#key}). */
    List<Source> findByKey(String key);

    /** Live sources whose name, alias or role contains the words, best first, paged. */
    List<Source> search(String text, int offset, int limit);

    long count(String text);

    List<Source> findAll(java.util.Collection<Long> ids);
}
