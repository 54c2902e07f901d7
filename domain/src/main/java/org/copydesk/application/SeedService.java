package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.copydesk.domain.story.PlainTextStory;
import org.copydesk.domain.story.StoryRepository;

/** Loads the first story every user sees, once, into an empty newsroom. */
@ApplicationScoped
@Transactional
public class SeedService {

    private static final Logger LOG = Logger.getLogger(SeedService.class.getName());

    @Inject
    StoryRepository stories;

    @Inject
    StoryService storyService;

    /** Imports the text when there is no story yet; answers whether it did. */
    public boolean seedIfEmpty(String text) {
        if (stories.count() > 0) {
            return false;
        }
        PlainTextStory parsed = PlainTextStory.parse(text);
        StoryDetails story = storyService.create(parsed.headline(), parsed.body());
        LOG.info(() -> "Seed story imported: " + story.slug() + " (debris removed: " + parsed.debris() + ")");
        return true;
    }
}
