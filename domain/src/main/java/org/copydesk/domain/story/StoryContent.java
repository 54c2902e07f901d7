package org.copydesk.domain.story;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What a reporter writes: headline, optional standfirst and byline, sections and the ordered body
 * blocks. Checked on construction; trimmed, with duplicate sections removed.
 */
public record StoryContent(
        String headline, String standfirst, String byline, List<String> sections, List<Block> blocks) {

    public static final int HEADLINE_MAX = 300;
    public static final int STANDFIRST_MAX = 1_000;
    public static final int BYLINE_MAX = 200;
    public static final int SECTION_MAX = 60;
    public static final int MAX_BLOCKS = 500;

    public StoryContent {
        headline = required(headline, "headline", HEADLINE_MAX);
        standfirst = optional(standfirst, "standfirst", STANDFIRST_MAX);
        byline = optional(byline, "byline", BYLINE_MAX);
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        for (String section : sections == null ? List.<String>of() : sections) {
            String s = optional(section, "section", SECTION_MAX);
            if (s != null) {
                unique.add(s);
            }
        }
        sections = List.copyOf(new ArrayList<>(unique));
        blocks = List.copyOf(blocks == null ? List.of() : blocks);
        if (blocks.size() > MAX_BLOCKS) {
            throw new IllegalArgumentException("a story has at most " + MAX_BLOCKS + " blocks");
        }
    }

    private static String required(String value, String name, int max) {
        String v = optional(value, name, max);
        if (v == null) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return v;
    }

    private static String optional(String value, String name, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().replaceAll("\\s+", " ");
        if (v.length() > max) {
            throw new IllegalArgumentException(name + " is longer than " + max + " characters");
        }
        return v;
    }

    /** The whole story as readable text: what revisions keep and what the diff compares. */
    public String asText() {
        return StoryText.render(this);
    }

    /**
     * The words a reader reads, as the editor's counter counts them: headline, standfirst and the text of every
     * block but a picture's caption line (runs of letters and digits with inner apostrophes or hyphens; 10,000
     * and 2.5 are one word).
     */
    public int wordCount() {
        StringBuilder text = new StringBuilder(headline == null ? "" : headline).append(' ');
        if (standfirst != null) {
            text.append(standfirst).append(' ');
        }
        for (Block block : blocks) {
            if (block.type() != BlockType.IMAGE) {
                text.append(block.text()).append(' ');
            }
        }
        java.util.regex.Matcher words = WORD.matcher(text);
        int count = 0;
        while (words.find()) {
            count++;
        }
        return count;
    }

    private static final java.util.regex.Pattern WORD =
            java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+(?:(?:['’-]|(?<=\\d)[.,](?=\\d))[\\p{L}\\p{N}]+)*");
}
