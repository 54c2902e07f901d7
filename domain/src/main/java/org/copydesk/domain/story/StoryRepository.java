package org.copydesk.domain.story;

import java.util.List;
import java.util.Optional;

/** Where stories are kept. Lists are always paged by the store, never loaded whole. */
public interface StoryRepository {

    Optional<Story> find(long id);

    Optional<Story> findBySlug(String slug);

    boolean slugExists(String slug);

    Story store(Story story);

    List<Story> list(int offset, int limit);

    long count();
}
