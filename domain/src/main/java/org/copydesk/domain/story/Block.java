package org.copydesk.domain.story;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.List;
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
    public static final int ALT_MAX = 500;

    @Column(name = "block_key", nullable = false, length = 12)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 12)
    private BlockType type;

    @Column(name = "text", nullable = false, length = TEXT_MAX)
    private String text;

    /** The inline marks, one a line ({@link Marks#encode}); null when the text has none. */
    @Column(name = "marks", length = TEXT_MAX)
    private String marks;

    /** For a picture ({@link BlockType#IMAGE}): the stored image it shows; null for every other type. */
    @Column(name = "media_id")
    private Long mediaId;

    /** For a picture: the text alternative for readers who cannot see it; may be missing until publishing. */
    @Column(name = "alt", length = ALT_MAX)
    private String alt;

    private transient List<Mark> markList;

    protected Block() {
        // for JPA
    }

    public Block(String key, BlockType type, String text) {
        this(key, type, text, List.of());
    }

    /**
     * A block with inline marks, offsets into {@code text} as given. Where the text is folded (trimmed,
     * blank lines removed) the marks follow it.
     */
    public Block(String key, BlockType type, String text, List<Mark> marks) {
        this(key, type, text, marks, null, null);
    }

    /**
     * Any block; {@code mediaId} and {@code alt} are for a picture only ({@link BlockType#IMAGE}: its text is
     * the caption line under it, credit included — see {@link ImageCaption}), and ignored for other types.
     *
     * @throws IllegalArgumentException if a picture has no image, or its alt text is too long
     */
    public Block(String key, BlockType type, String text, List<Mark> marks, Long mediaId, String alt) {
        if (type == BlockType.IMAGE) {
            if (mediaId == null || mediaId <= 0) {
                throw new IllegalArgumentException("a picture block must name its image (mediaId)");
            }
            String a = alt == null ? null : alt.strip().replaceAll("\\s+", " ");
            if (a != null && a.length() > ALT_MAX) {
                throw new IllegalArgumentException("a picture's alt text is longer than " + ALT_MAX + " characters");
            }
            if (marks != null && !marks.isEmpty()) {
                throw new IllegalArgumentException("a picture's caption has no bold, italic or links");
            }
            this.mediaId = mediaId;
            this.alt = a == null || a.isEmpty() ? null : a;
        }
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
        List<Mark> given = Marks.checked(text, marks);
        this.markList = folded.equals(text) ? given : Marks.follow(text, folded, given);
        this.marks = Marks.encode(markList);
    }

    /** This block with its text edited: its key stays, its marks follow their words. */
    public Block withText(BlockType newType, String newText) {
        Block edited = new Block(key, newType, newText, List.of(), mediaId, alt);
        List<Mark> followed = Marks.follow(text, edited.text, marks());
        edited.markList = followed;
        edited.marks = Marks.encode(followed);
        return edited;
    }

    /**
     * The block a writer sent without saying anything of marks (the plain editor, an older client): the
     * marks of the block with the same key in {@code current}, carried through the edit.
     */
    public static Block keepingMarks(List<Block> current, String key, BlockType type, String text) {
        if (key != null) {
            for (Block b : current) {
                if (b.key.equals(key)) {
                    return b.withText(type, text);
                }
            }
        }
        return new Block(key, type, text);
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

    /** The image a picture block shows; null for other blocks. */
    public Long mediaId() {
        return mediaId;
    }

    /** A picture's alt text; null when missing (and for other blocks). */
    public String alt() {
        return alt;
    }

    /** This picture with other alt text (its key, image and caption stay). */
    public Block withAlt(String newAlt) {
        return new Block(key, type, text, marks(), mediaId, newAlt);
    }

    public List<Mark> marks() {
        if (markList == null) {
            markList = Marks.decode(marks);
        }
        return markList;
    }

    @Override
    public boolean equals(Object o) {
        return this == o
                || (o instanceof Block other
                        && key.equals(other.key)
                        && type == other.type
                        && text.equals(other.text)
                        && Objects.equals(marks, other.marks)
                        && Objects.equals(mediaId, other.mediaId)
                        && Objects.equals(alt, other.alt));
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, type, text, marks, mediaId);
    }

    @Override
    public String toString() {
        return type + ": " + text;
    }
}
