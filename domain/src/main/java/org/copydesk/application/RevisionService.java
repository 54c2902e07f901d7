package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.copydesk.domain.revision.DiffSegment;
import org.copydesk.domain.revision.WordDiff;
import org.copydesk.domain.story.Revision;
import org.copydesk.domain.story.RevisionRepository;
import org.copydesk.domain.story.StoryRepository;

/** A story's history: its revisions and a word diff between any two. */
@ApplicationScoped
@Transactional
public class RevisionService {

    /** A revision in a history list. */
    public record RevisionSummary(int number, String author, Instant at, String reason, String headline)
            implements java.io.Serializable {
        static RevisionSummary of(Revision r) {
            return new RevisionSummary(r.getNumber(), r.getAuthor(), r.getCreatedAt(), r.getReason(), r.getHeadline());
        }
    }

    /** A whole revision, its text as {@link org.copydesk.domain.story.StoryText} renders it. */
    public record RevisionView(int number, String author, Instant at, String reason, String text)
            implements java.io.Serializable {}

    /** What changed from one revision to another, word by word. */
    public record DiffView(RevisionSummary from, RevisionSummary to, List<DiffSegment> segments)
            implements java.io.Serializable {}

    @Inject
    RevisionRepository revisions;

    @Inject
    StoryRepository stories;

    public Page<RevisionSummary> history(long storyId, int page, int size) {
        requireStory(storyId);
        int offset = Page.offset(page, size);
        List<RevisionSummary> items = revisions.ofStory(storyId, offset, size).stream()
                .map(RevisionSummary::of)
                .toList();
        return new Page<>(items, revisions.countOfStory(storyId), page, size);
    }

    public RevisionView revision(long storyId, int number) {
        Revision r = load(storyId, number);
        return new RevisionView(r.getNumber(), r.getAuthor(), r.getCreatedAt(), r.getReason(), r.getText());
    }

    public DiffView diff(long storyId, int from, int to) {
        Revision a = load(storyId, from);
        Revision b = load(storyId, to);
        return new DiffView(RevisionSummary.of(a), RevisionSummary.of(b), WordDiff.between(a.getText(), b.getText()));
    }

    private void requireStory(long storyId) {
        if (stories.find(storyId).isEmpty()) {
            throw new StoryNotFoundException("with id " + storyId);
        }
    }

    private Revision load(long storyId, int number) {
        requireStory(storyId);
        return revisions
                .find(storyId, number)
                .orElseThrow(() -> new NotFoundException("Story " + storyId + " has no revision " + number));
    }
}
