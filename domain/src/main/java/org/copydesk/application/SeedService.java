package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.copydesk.domain.story.StoryQuery;
import org.copydesk.domain.story.StoryRepository;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.Role;

/** Loads the first story every user sees, once, into an empty newsroom, as the demo reporter's draft. */
@ApplicationScoped
public class SeedService {

    private static final Logger LOG = Logger.getLogger(SeedService.class.getName());

    @Inject
    StoryRepository stories;

    @Inject
    StoryService storyService;

    /** Imports the text when there is no story yet; answers whether it did. */
    @Transactional
    public boolean seedIfEmpty(String text) {
        if (stories.count(StoryQuery.all()) > 0) {
            return false;
        }
        ImportResult result = storyService.importText(text, Actor.of("reporter", Role.REPORTER), false);
        LOG.info(() -> "Seed story imported: " + result.story().slug() + " (debris removed: " + result.debris() + ")");
        return true;
    }
}
