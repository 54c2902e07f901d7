package org.copydesk.domain.copydesk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Findings, corrections and the dictionary. Lists are paged by the store. */
public interface CopyDeskRepository {

    List<StoryFinding> findings(long storyId);

    Optional<StoryFinding> finding(long id);

    StoryFinding store(StoryFinding finding);

    void remove(StoryFinding finding);

    Optional<Correction> correction(long id);

    Correction store(Correction correction);

    List<Correction> corrections(long storyId);

    /** Applied corrections with a public notice of a story, oldest first. */
    List<Correction> notices(long storyId);

    /** The public log: applied corrections of published stories, newest first. */
    List<Correction> log(int offset, int limit);

    long logCount();

    /** Proposed corrections and reader reports waiting for the desk, oldest first. */
    List<Correction> pending(int offset, int limit);

    long pendingCount();

    long reportsSince(String proposedBy, Instant since);

    Set<String> dictionary();

    DictionaryEntry store(DictionaryEntry entry);

    /** Ids of stories (other than one) whose blocks contain the text, at most {@code limit}. */
    List<Long> storiesContaining(String text, long except, int limit);
}
