package org.copydesk.domain.story;

/** The kinds of block a story body is made of, in order. */
public enum BlockType {
    PARAGRAPH,
    SUBHEADING,
    CAPTION,
    QUOTE,
    /** A bulleted list: one item per line of its text (offsets into the text as for any block). */
    LIST
}
