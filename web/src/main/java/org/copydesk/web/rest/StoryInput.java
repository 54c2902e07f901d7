package org.copydesk.web.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.story.BlockType;
import org.copydesk.domain.story.ImageCaption;
import org.copydesk.domain.story.Mark;
import org.copydesk.domain.story.MarkType;
import org.copydesk.domain.story.Marks;
import org.copydesk.domain.story.StoryContent;

/** A story as a client sends it (create and save). {@code reason} says why, for the revision. */
public record StoryInput(
        @NotBlank @Size(max = StoryContent.HEADLINE_MAX) String headline,
        @Size(max = StoryContent.STANDFIRST_MAX) String standfirst,
        @Size(max = StoryContent.BYLINE_MAX) String byline,
        @Size(max = 20) List<@NotBlank @Size(max = StoryContent.SECTION_MAX) String> sections,
        @NotNull @Size(max = StoryContent.MAX_BLOCKS) List<@Valid @NotNull BlockInput> blocks,
        @Size(max = 500) String reason) {

    /**
     * One block; {@code key} is kept from a story read before, omitted for a new block. {@code marks}
     * (bold, italic, links; offsets into {@code text}) may be left out: a block sent without them keeps the
     * marks the block with its key had, carried through the edit; {@code []} removes them.
     *
     * <p>A picture ({@code IMAGE}) names its uploaded picture ({@code mediaId}) and gives its {@code alt} text, and
     * either {@code caption} and {@code credit} (the line under it is made of them: "… (Photo via AFP)") or
     * that whole line as {@code text}.
     */
    public record BlockInput(
            @Size(max = 12) String key,
            @NotNull BlockType type,
            @Size(max = Block.TEXT_MAX) String text,
            @Size(max = Marks.MAX_PER_BLOCK) List<@Valid @NotNull MarkInput> marks,
            @Positive Long mediaId,
            @Size(max = Block.TEXT_MAX) String caption,
            @Size(max = ImageCaption.CREDIT_MAX) String credit,
            @Size(max = Block.ALT_MAX) String alt) {

        Block toBlock(List<Block> current) {
            if (type == BlockType.IMAGE) {
                String line = caption != null || credit != null ? ImageCaption.compose(caption, credit) : text;
                if (line == null || line.isBlank()) {
                    throw new IllegalArgumentException("a picture block needs a credit (and may have a caption)");
                }
                if (mediaId == null) {
                    throw new IllegalArgumentException("a picture block must name its picture (mediaId)");
                }
                List<Mark> given = marks == null
                        ? List.of()
                        : marks.stream().map(MarkInput::toMark).toList();
                return new Block(key, type, line, given, mediaId, alt);
            }
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException(
                        "a " + type.name().toLowerCase(java.util.Locale.ROOT) + " block must have text");
            }
            if (marks == null) {
                return Block.keepingMarks(current, key, type, text);
            }
            return new Block(
                    key, type, text, marks.stream().map(MarkInput::toMark).toList());
        }
    }

    /** An inline mark: {@code type} BOLD, ITALIC or LINK over {@code [start, end)}; {@code href} for links only. */
    public record MarkInput(@NotNull MarkType type, int start, int end, @Size(max = Mark.HREF_MAX) String href) {

        Mark toMark() {
            return new Mark(type, start, end, href);
        }
    }

    /** The story as sent; blocks sent without marks keep those of {@code current} (the story as stored). */
    StoryContent toContent(List<Block> current) {
        return new StoryContent(
                headline,
                standfirst,
                byline,
                sections,
                blocks.stream().map(b -> b.toBlock(current)).toList());
    }

    StoryContent toContent() {
        return toContent(List.of());
    }
}
