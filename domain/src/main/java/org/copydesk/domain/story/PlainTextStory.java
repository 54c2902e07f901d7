package org.copydesk.domain.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A story as it arrives in plain text: a category line, a headline, then blank-line separated
 * blocks. Scrape debris ("Back to top button") is removed and reported.
 */
public record PlainTextStory(String categoryLine, String headline, List<String> blocks, List<String> debris) {

    private static final Pattern DEBRIS = Pattern.compile("(?i)^back to top button.*$");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

    public PlainTextStory {
        Objects.requireNonNull(headline, "headline");
        blocks = List.copyOf(blocks);
        debris = List.copyOf(debris);
    }

    /** The body as text: blocks separated by one blank line. */
    public String body() {
        return String.join("\n\n", blocks);
    }

    public static PlainTextStory parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The text is empty");
        }
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
        List<String> chunks = new ArrayList<>();
        for (String chunk : BLANK_LINES.split(normalised)) {
            String trimmed = chunk.strip();
            if (!trimmed.isEmpty()) {
                chunks.add(trimmed);
            }
        }
        List<String> debris = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (String chunk : chunks) {
            if (DEBRIS.matcher(chunk).matches()) {
                debris.add(chunk);
            } else {
                kept.add(chunk);
            }
        }
        if (kept.size() < 2) {
            throw new IllegalArgumentException("The text needs a category line and a headline");
        }
        String categoryLine = kept.get(0);
        String headline = kept.get(1);
        return new PlainTextStory(categoryLine, headline, kept.subList(2, kept.size()), debris);
    }
}
