package org.copydesk.domain.importing;

import java.util.Objects;
import org.copydesk.domain.story.BlockType;

/** One block of an imported story body: its kind and its text, whitespace collapsed to single spaces. */
public record ImportedBlock(BlockType type, String text) {

    public ImportedBlock {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("A block needs text");
        }
    }
}
