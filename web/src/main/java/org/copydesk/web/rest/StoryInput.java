package org.copydesk.web.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.story.BlockType;
import org.copydesk.domain.story.StoryContent;

/** A story as a client sends it (create and save). {@code reason} says why, for the revision. */
public record StoryInput(
        @NotBlank @Size(max = StoryContent.HEADLINE_MAX) String headline,
        @Size(max = StoryContent.STANDFIRST_MAX) String standfirst,
        @Size(max = StoryContent.BYLINE_MAX) String byline,
        @Size(max = 20) List<@NotBlank @Size(max = StoryContent.SECTION_MAX) String> sections,
        @NotNull @Size(max = StoryContent.MAX_BLOCKS) List<@Valid @NotNull BlockInput> blocks,
        @Size(max = 500) String reason) {

    /** One block; {@code key} is kept from a story read before, omitted for a new block. */
    public record BlockInput(@Size(max = 12) String key, @NotNull BlockType type,
            @NotBlank @Size(max = Block.TEXT_MAX) String text) {
    }

    StoryContent toContent() {
        return new StoryContent(headline, standfirst, byline, sections,
                blocks.stream().map(b -> new Block(b.key(), b.type(), b.text())).toList());
    }
}
