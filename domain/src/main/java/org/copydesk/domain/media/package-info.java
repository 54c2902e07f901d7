/**
 * Pictures: images uploaded once, kept in the database (so every node of a cluster serves them), with
 * renditions at a few widths for {@code srcset}; a story shows one in a picture block
 * ({@link org.copydesk.domain.story.BlockType#IMAGE}).
 */
package org.copydesk.domain.media;
