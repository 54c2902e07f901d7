package org.copydesk.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.copydesk.application.StoryDetails;
import org.copydesk.application.StoryService;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.story.StoryContent;
import org.copydesk.domain.story.StoryText;
import org.copydesk.web.security.CurrentUser;

/** Starting a story from scratch: a headline and the first lines, then on to the editor. */
@Named
@RequestScoped
public class NewStoryBean {

    @Inject
    StoryService stories;

    @Inject
    CurrentUser user;

    @NotBlank(message = "A story needs a headline.")
    @Size(max = StoryContent.HEADLINE_MAX)
    private String headline;

    @Size(max = 100_000)
    private String body;

    public String create() {
        try {
            List<Block> blocks = StoryText.parseBlocks(body);
            StoryDetails story =
                    stories.create(new StoryContent(headline, null, null, List.of(), blocks), user.actor());
            return "/desk/story.xhtml?faces-redirect=true&id=" + story.id();
        } catch (NotPermittedException | IllegalArgumentException e) {
            Messages.error("new:headline", e.getMessage());
            return null;
        }
    }

    public String getHeadline() {
        return headline;
    }

    public void setHeadline(String headline) {
        this.headline = headline;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
