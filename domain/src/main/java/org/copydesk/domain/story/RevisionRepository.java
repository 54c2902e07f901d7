package org.copydesk.domain.story;

import java.util.List;
import java.util.Optional;

/** Where revisions are kept; newest first, paged by the store. */
public interface RevisionRepository {

    Revision store(Revision revision);

    List<Revision> ofStory(long storyId, int offset, int limit);

    long countOfStory(long storyId);

    Optional<Revision> find(long storyId, int number);
}
