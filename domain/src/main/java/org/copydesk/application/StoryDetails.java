package org.copydesk.application;

import java.time.Instant;
import java.util.List;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.story.BlockType;
import org.copydesk.domain.story.ImageCaption;
import org.copydesk.domain.story.Mark;
import org.copydesk.domain.story.Marks;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.story.StoryContent;
import org.copydesk.domain.workflow.StoryState;

/**
 * A whole story, as the API and the editor show it. {@code version} is the optimistic-lock version;
 * {@code publishAt} and {@code scheduledBy} the scheduled publication (null when none), {@code embargoUntil}
 * the embargo's end (null when none), {@code deadline} and {@code lengthTarget} its place in the budget (null when
 * not planned) and {@code words} its length now.
 */
public record StoryDetails(
        long id,
        String slug,
        String headline,
        String standfirst,
        String byline,
        List<String> sections,
        List<BlockView> blocks,
        StoryState state,
        String reporter,
        long version,
        int revision,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy,
        Instant publishedAt,
        String assignee,
        Instant publishAt,
        String scheduledBy,
        Instant embargoUntil,
        Instant deadline,
        Integer lengthTarget,
        int words)
        implements java.io.Serializable {

    /**
     * One body block. For a picture ({@code IMAGE}) also its image, alt text, and its text (the caption line)
     * cut into {@code caption} and {@code credit}; those are null for other blocks.
     */
    public record BlockView(String key, BlockType type, String text, List<Mark> marks, Long mediaId, String alt)
            implements java.io.Serializable {

        public BlockView {
            marks = marks == null ? List.of() : List.copyOf(marks);
        }

        public BlockView(String key, BlockType type, String text, List<Mark> marks) {
            this(key, type, text, marks, null, null);
        }

        public BlockView(String key, BlockType type, String text) {
            this(key, type, text, List.of());
        }

        /** A picture's caption without its credit; null for other blocks. */
        @jakarta.json.bind.annotation.JsonbProperty("caption")
        public String getCaption() {
            return type == BlockType.IMAGE ? ImageCaption.caption(text) : null;
        }

        /** A picture's credit ("AFP"); null for other blocks, or a picture whose line lost its credit. */
        @jakarta.json.bind.annotation.JsonbProperty("credit")
        public String getCredit() {
            return type == BlockType.IMAGE ? ImageCaption.credit(text) : null;
        }

        /** A list's items, one per line of its text, as the public page shows them. */
        public List<String> items() {
            return text.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
        }

        /** The text cut into runs of equal marks (bold, italic, link), as a page shows it. */
        public List<Marks.Run> runs() {
            return Marks.runs(text, marks, 0, text.length());
        }

        /** A list's items (one per line, blank lines skipped), each cut into runs of equal marks. */
        public List<List<Marks.Run>> itemRuns() {
            List<List<Marks.Run>> items = new java.util.ArrayList<>();
            int from = 0;
            for (String line : text.split("\n", -1)) {
                int to = from + line.length();
                if (!line.isBlank()) {
                    int a = from + (line.length() - line.stripLeading().length());
                    int b = to - (line.length() - line.stripTrailing().length());
                    items.add(Marks.runs(text, marks, a, b));
                }
                from = to + 1;
            }
            return items;
        }

        public static BlockView of(Block block) {
            return new BlockView(block.key(), block.type(), block.text(), block.marks(), block.mediaId(), block.alt());
        }

        public Block toBlock() {
            return new Block(key, type, text, marks, mediaId, alt);
        }
    }

    static StoryDetails of(Story story) {
        StoryContent content = story.content();
        return new StoryDetails(
                story.getId(),
                story.getSlug(),
                content.headline(),
                content.standfirst(),
                content.byline(),
                content.sections(),
                content.blocks().stream().map(BlockView::of).toList(),
                story.getState(),
                story.getReporter(),
                story.getVersion(),
                story.getCurrentRevision(),
                story.getCreatedAt(),
                story.getUpdatedAt(),
                story.getUpdatedBy(),
                story.getPublishedAt(),
                story.getAssignee(),
                story.getPublishAt(),
                story.getScheduledBy(),
                story.getEmbargoUntil(),
                story.getDeadline(),
                story.getLengthTarget(),
                content.wordCount());
    }

    public StoryContent content() {
        return new StoryContent(
                headline,
                standfirst,
                byline,
                sections,
                blocks.stream().map(BlockView::toBlock).toList());
    }
}
