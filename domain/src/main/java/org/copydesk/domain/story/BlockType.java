package org.copydesk.domain.story;

/** The kinds of block a story body is made of, in order. */
public enum BlockType {
    PARAGRAPH,
    SUBHEADING,
    CAPTION,
    QUOTE,
    /** A bulleted list: one item per line of its text (offsets into the text as for any block). */
    LIST,
    /**
     * A picture: a stored image ({@code mediaId}), its alt text, and as text the caption line printed under it,
     * ending with the credit — "Missiles on parade in Pyongyang. (Photo via AFP)" ({@link ImageCaption}). The
     * credit is an attribution like any other; publishing needs alt text and a credit on every picture.
     */
    IMAGE
}
