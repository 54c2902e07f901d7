package org.copydesk.domain.sourcing;

import java.util.List;
import java.util.Optional;

public interface AttributionRepository {

    Optional<Attribution> find(long id);

    Attribution store(Attribution attribution);

    void remove(Attribution attribution);

    /** A story's attributions in reading order (block order is the caller's; here by id). */
    List<Attribution> ofStory(long storyId);

    List<Attribution> linkedTo(long sourceId);
}
