package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.story.StoryQuery;
import org.copydesk.domain.story.StoryRepository;
import org.copydesk.domain.workflow.StoryState;

/** Reading stories: one, a page of a list, and what readers may see. */
@ApplicationScoped
@Transactional
public class StoryQueries {

    private static final Set<StoryState> PUBLIC = Set.of(StoryState.PUBLISHED, StoryState.RETRACTED);

    @Inject
    StoryRepository stories;

    public StoryDetails find(long id) {
        return StoryDetails.of(load(id));
    }

    public StoryDetails findBySlug(String slug) {
        return stories.findBySlug(slug)
                .map(StoryDetails::of)
                .orElseThrow(() -> new StoryNotFoundException("at " + slug));
    }

    /** A published (or retracted) story for readers; anything else is not found. */
    public StoryDetails published(String slug) {
        return stories.findBySlug(slug)
                .filter(s -> PUBLIC.contains(s.getState()))
                .map(StoryDetails::of)
                .orElseThrow(() -> new StoryNotFoundException("published at " + slug));
    }

    /** Null when the actor may edit the story's text now, otherwise a sentence saying why not. */
    public String editRefusal(long id, org.copydesk.domain.user.Actor actor) {
        return load(id).editRefusal(actor);
    }

    /** A story's list line, if there is such a story. */
    public java.util.Optional<StorySummary> summary(long id) {
        return stories.find(id).map(StorySummary::of);
    }

    public Page<StorySummary> search(StoryQuery query, int page, int size) {
        int offset = Page.offset(page, size);
        List<StorySummary> items = stories.search(query, offset, size).stream()
                .map(StorySummary::of)
                .toList();
        long total = items.size() < size && page == 0 ? items.size() : stories.count(query);
        return new Page<>(items, total, page, size);
    }

    /**
     * What readers' feeds list: the newest published stories, in a section (null: all), published at
     * {@code since} or later (null: any time), at most {@code limit} (1 to 1,000).
     */
    public List<org.copydesk.domain.story.PublishedEntry> newest(String section, java.time.Instant since, int limit) {
        if (limit < 1 || limit > 1_000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000");
        }
        return stories.published(section, since, limit);
    }

    private Story load(long id) {
        return stories.find(id).orElseThrow(() -> new StoryNotFoundException("with id " + id));
    }
}
