package org.copydesk.domain.story;

/** The inline marks a block's text can carry. Only {@link #LINK} has an address. */
public enum MarkType {
    BOLD,
    ITALIC,
    LINK
}
