package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.workflow.GuardName;

/** A story goes to the desk with a headline and at least one body block. */
@ApplicationScoped
public class ContentGuard implements StoryGuard {

    @Override
    public GuardName name() {
        return GuardName.CONTENT;
    }

    @Override
    public List<String> unmet(Story story) {
        return story.facts().unmet(GuardName.CONTENT);
    }
}
