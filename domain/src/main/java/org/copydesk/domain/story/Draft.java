package org.copydesk.domain.story;

import java.util.List;

/**
 * What a writer has in the editor and has not saved: the story's fields as typed, kept as they are (a
 * blank headline is allowed here, it is not a story yet). Blank blocks are dropped; lengths are held to
 * the story's limits so a working copy always fits where it is kept.
 */
public record Draft(String headline, String standfirst, String byline, List<String> sections, List<Block> blocks)
        implements java.io.Serializable {

    public Draft {
        headline = limited(headline, "headline", StoryContent.HEADLINE_MAX);
        standfirst = limited(standfirst, "standfirst", StoryContent.STANDFIRST_MAX);
        byline = limited(byline, "byline", StoryContent.BYLINE_MAX);
        sections = sections == null
                ? List.of()
                : sections.stream()
                        .filter(s -> s != null && !s.isBlank())
                        .map(s -> limited(s, "section", StoryContent.SECTION_MAX))
                        .distinct()
                        .toList();
        blocks = List.copyOf(blocks == null ? List.of() : blocks);
        if (blocks.size() > StoryContent.MAX_BLOCKS) {
            throw new IllegalArgumentException("a story has at most " + StoryContent.MAX_BLOCKS + " blocks");
        }
    }

    public static Draft of(StoryContent content) {
        return new Draft(
                content.headline(), content.standfirst(), content.byline(), content.sections(), content.blocks());
    }

    private static String limited(String value, String name, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new IllegalArgumentException(name + " is longer than " + max + " characters");
        }
        return v;
    }

    /**
     * Whether saving this draft would change the story whose content is {@code saved}: the comparison a
     * save makes (the story's own rules for spaces and sections), and a draft that could not be saved
     * (no headline) always differs.
     */
    public boolean differsFrom(StoryContent saved) {
        try {
            return !new StoryContent(headline, standfirst, byline, sections, blocks).equals(saved);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
