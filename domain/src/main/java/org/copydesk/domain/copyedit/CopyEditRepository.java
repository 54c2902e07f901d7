package org.copydesk.domain.copyedit;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The copy check's findings on stories, the newsroom dictionary, and where a text recurs across stories. */
public interface CopyEditRepository {

    List<StoryFinding> findings(long storyId);

    Optional<StoryFinding> finding(long id);

    StoryFinding store(StoryFinding finding);

    void remove(StoryFinding finding);

    Set<String> dictionary();

    DictionaryEntry store(DictionaryEntry entry);

    /** Ids of stories (other than one) whose blocks contain the text, newest first, at most {@code limit}. */
    List<Long> storiesContaining(String text, long except, int limit);
}
