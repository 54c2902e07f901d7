package org.copydesk.engine.importing;

import java.util.List;
import java.util.Objects;

/**
 * A story read from plain text, before it becomes a {@code Story}.
 *
 * @param sections the sections named by the category line, in order; empty when the text has none
 * @param headline the headline
 * @param standfirst the standfirst, or {@code null} when the text has none
 * @param blocks the body, in order
 * @param debris the scrape debris removed from the text, as it was spelled there, in order
 * @param fingerprint SHA-256 (lower-case hex) of the normalised content, equal for equal stories
 */
public record ImportedStory(
        List<String> sections,
        String headline,
        String standfirst,
        List<ImportedBlock> blocks,
        List<String> debris,
        String fingerprint) {

    public ImportedStory {
        sections = List.copyOf(sections);
        Objects.requireNonNull(headline, "headline");
        if (headline.isBlank()) {
            throw new IllegalArgumentException("A story needs a headline");
        }
        blocks = List.copyOf(blocks);
        debris = List.copyOf(debris);
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}
