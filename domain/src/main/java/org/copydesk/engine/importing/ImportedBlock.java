package org.copydesk.engine.importing;

import java.util.List;
import java.util.Objects;
import org.copydesk.domain.story.BlockType;
import org.copydesk.domain.story.Mark;

/**
 * One block of an imported story body: its kind, its text (whitespace collapsed to single spaces) and the
 * inline marks read with it (HTML and Word imports; none from plain text).
 */
public record ImportedBlock(BlockType type, String text, List<Mark> marks) {

    public ImportedBlock {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("A block needs text");
        }
        marks = marks == null ? List.of() : List.copyOf(marks);
    }

    /** A block read from plain text: no marks. */
    public ImportedBlock(BlockType type, String text) {
        this(type, text, List.of());
    }
}
