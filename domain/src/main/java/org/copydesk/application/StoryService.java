package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.copydesk.domain.story.Slugs;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.story.StoryRepository;

/** Use cases on stories: create, read, list. */
@ApplicationScoped
@Transactional
public class StoryService {

    private StoryRepository stories;
    private Clock clock;
    private Event<StoryCreated> created;

    protected StoryService() {
        // for CDI proxies
    }

    @Inject
    public StoryService(StoryRepository stories, Clock clock, Event<StoryCreated> created) {
        this.stories = stories;
        this.clock = clock;
        this.created = created;
    }

    public StoryDetails create(String headline, String body) {
        Story story = stories.store(new Story(uniqueSlug(headline), headline, body, clock.instant()));
        created.fire(new StoryCreated(story.getId(), story.getSlug()));
        return StoryDetails.of(story);
    }

    public StoryDetails find(long id) {
        return stories.find(id).map(StoryDetails::of)
                .orElseThrow(() -> new StoryNotFoundException("with id " + id));
    }

    public StoryDetails findBySlug(String slug) {
        return stories.findBySlug(slug).map(StoryDetails::of)
                .orElseThrow(() -> new StoryNotFoundException("at " + slug));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<StorySummary> list(int page, int size) {
        int offset = Page.offset(page, size);
        List<StorySummary> items = stories.list(offset, size).stream().map(StorySummary::of).toList();
        return new Page<>(items, stories.count(), page, size);
    }

    private String uniqueSlug(String headline) {
        if (headline == null || headline.isBlank()) {
            throw new IllegalArgumentException("headline must not be blank");
        }
        String base = Slugs.of(headline);
        String slug = base;
        for (int n = 2; stories.slugExists(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
