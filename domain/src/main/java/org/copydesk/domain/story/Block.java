package org.copydesk.domain.story;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.UUID;

/**
 * One block of a story's body. Its key stays the same while its text is edited, so notes and
 * attributions can point at it. Blank lines inside a block are folded: blocks are separated by them.
 */
@Embeddable
public class Block implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TEXT_MAX = 20_000;

    @Column(name = "block_key", nullable = false, length = 12)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 12)
    private BlockType type;

    @Column(name = "text", nullable = false, length = TEXT_MAX)
    private String text;

    protected Block() {
        // for JPA
    }

    public Block(String key, BlockType type, String text) {
        this.key = key == null || key.isBlank() ? newKey() : key;
        this.type = Objects.requireNonNull(type, "block type");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a " + type.name().toLowerCase() + " block must have text");
        }
        String folded = text.strip().replaceAll("\\n\\s*\\n", "\n");
        if (folded.length() > TEXT_MAX) {
            throw new IllegalArgumentException("a block is longer than " + TEXT_MAX + " characters");
        }
        this.text = folded;
    }

    public static Block of(BlockType type, String text) {
        return new Block(null, type, text);
    }

    static String newKey() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public String key() {
        return key;
    }

    public BlockType type() {
        return type;
    }

    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Block other && key.equals(other.key) && type == other.type
                && text.equals(other.text));
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, type, text);
    }

    @Override
    public String toString() {
        return type + ": " + text;
    }
}
