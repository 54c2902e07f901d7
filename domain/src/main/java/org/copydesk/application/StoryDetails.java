package org.copydesk.application;

import java.time.Instant;
import java.util.List;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.story.BlockType;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.story.StoryContent;
import org.copydesk.domain.story.StoryState;

/** A whole story, as the API and the editor show it. {@code version} is the optimistic-lock version. */
public record StoryDetails(long id, String slug, String headline, String standfirst, String byline,
        List<String> sections, List<BlockView> blocks, StoryState state, String reporter, long version,
        int revision, Instant createdAt, Instant updatedAt, String updatedBy, Instant publishedAt, String assignee) implements java.io.Serializable {

    /** One body block. */
    public record BlockView(String key, BlockType type, String text) implements java.io.Serializable {

        /** A list's items, one per line of its text, as the public page shows them. */
        public List<String> items() {
            return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        }

        static BlockView of(Block block) {
            return new BlockView(block.key(), block.type(), block.text());
        }

        public Block toBlock() {
            return new Block(key, type, text);
        }
    }

    static StoryDetails of(Story story) {
        StoryContent content = story.content();
        return new StoryDetails(story.getId(), story.getSlug(), content.headline(), content.standfirst(),
                content.byline(), content.sections(), content.blocks().stream().map(BlockView::of).toList(),
                story.getState(), story.getReporter(), story.getVersion(), story.getCurrentRevision(),
                story.getCreatedAt(), story.getUpdatedAt(), story.getUpdatedBy(), story.getPublishedAt(),
                story.getAssignee());
    }

    public StoryContent content() {
        return new StoryContent(headline, standfirst, byline, sections,
                blocks.stream().map(BlockView::toBlock).toList());
    }
}
