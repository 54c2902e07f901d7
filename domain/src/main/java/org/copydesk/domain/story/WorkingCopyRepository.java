package org.copydesk.domain.story;

import java.util.Optional;

/** Where working copies are kept: one per story and writer. */
public interface WorkingCopyRepository {

    Optional<WorkingCopy> find(long storyId, String username);

    WorkingCopy store(WorkingCopy copy);

    void delete(long storyId, String username);
}
