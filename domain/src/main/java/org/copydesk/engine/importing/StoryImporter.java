package org.copydesk.engine.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.copydesk.domain.story.BlockType;

/**
 * Reads a story from plain text in the seed's shape.
 *
 * <ol>
 *   <li>The text is normalised: Unicode NFC, any line break ({@code \r\n}, {@code \r}, U+2028…)
 *       becomes {@code \n}, every run of horizontal whitespace (including the non-breaking space
 *       U+00A0) becomes one space, zero-width spaces and byte-order marks are dropped, and lines
 *       are trimmed. A line left empty is blank.
 *   <li>Scrape debris is removed from every line and reported (see {@link ScrapeDebris}).
 *   <li>Blocks are runs of non-blank lines between blank lines.
 *   <li>The first line is the category line if it looks like one (see {@link SectionSplitter});
 *       otherwise there are no sections and the first line is the headline.
 *   <li>The headline is the first line after the category line. Lines that follow the headline
 *       without a blank line between are the standfirst.
 *   <li>Every later block is one body block, its lines joined with a space, and classified by
 *       {@link BlockClassifier}.
 * </ol>
 *
 * Instances are immutable and may be shared.
 */
public final class StoryImporter {

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("\\h+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\uFEFF]");

    private final SectionSplitter sections;

    /** @param knownSections the newsroom's section list, e.g. "Asia-Pacific", "Korea", "World News" */
    public StoryImporter(Collection<String> knownSections) {
        this.sections = new SectionSplitter(knownSections);
    }

    /**
     * @throws ImportException if the text is empty (or only debris), or has no headline
     */
    public ImportedStory parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ImportException("The text to import is empty.");
        }
        List<String> debris = new ArrayList<>();
        List<List<String>> groups = groupsOfLines(normalisedLines(text, debris));
        if (groups.isEmpty() && debris.isEmpty()) {
            throw new ImportException("The text to import is empty.");
        }
        if (groups.isEmpty()) {
            throw new ImportException(
                    "The text to import holds nothing but scrape debris: " + String.join(", ", debris) + ".");
        }

        List<String> firstGroup = groups.get(0);
        Optional<List<String>> sectionList = sections.sectionsOf(firstGroup.get(0));
        int group = 0;
        int line = 0;
        if (sectionList.isPresent()) {
            line = 1;
            if (line == firstGroup.size()) {
                group = 1;
                line = 0;
            }
            if (group == groups.size()) {
                throw new ImportException("The text to import has a category line ("
                        + String.join(", ", sectionList.get()) + ") but no headline after it.");
            }
        }
        List<String> headlineGroup = groups.get(group);
        String headline = headlineGroup.get(line);
        List<String> standfirstLines = headlineGroup.subList(line + 1, headlineGroup.size());
        String standfirst = standfirstLines.isEmpty() ? null : String.join(" ", standfirstLines);

        List<ImportedBlock> blocks = new ArrayList<>();
        for (List<String> lines : groups.subList(group + 1, groups.size())) {
            String blockText = String.join(" ", lines);
            BlockType type = BlockClassifier.classify(blockText, lines.size());
            blocks.add(new ImportedBlock(type, blockText));
        }

        List<String> sectionNames = sectionList.orElse(List.of());
        String fingerprint = Fingerprint.of(sectionNames, headline, standfirst, blocks);
        return new ImportedStory(sectionNames, headline, standfirst, blocks, debris, fingerprint);
    }

    private static List<String> normalisedLines(String text, List<String> debris) {
        String unified = INVISIBLE
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFC))
                .replaceAll("");
        List<String> lines = new ArrayList<>();
        for (String raw : LINE_BREAK.split(unified, -1)) {
            String line = HORIZONTAL_SPACE.matcher(raw).replaceAll(" ").strip();
            lines.add(ScrapeDebris.strip(line, debris));
        }
        return lines;
    }

    private static List<List<String>> groupsOfLines(List<String> lines) {
        List<List<String>> groups = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    groups.add(List.copyOf(current));
                    current.clear();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            groups.add(List.copyOf(current));
        }
        return groups;
    }
}
