package org.copydesk.engine.copycheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.story.BlockType;
import org.copydesk.engine.importing.ImportedBlock;
import org.copydesk.engine.importing.ImportedStory;
import org.copydesk.engine.importing.StoryImporter;

/** Stories for the copy-check tests: the seed, the samples, and small ones written here. */
final class TestStories {

    private static final StoryImporter IMPORTER =
            new StoryImporter(List.of("Asia-Pacific", "Korea", "World News", "Europe", "Japan"));

    /** A headline and body blocks. */
    record Story(String headline, List<Block> blocks) {

        String text(Finding finding) {
            String text = finding.inHeadline()
                    ? headline
                    : blocks.get(finding.blockIndex()).text();
            return text.substring(finding.start(), finding.end());
        }
    }

    private TestStories() {}

    static Story seed() {
        return imported("/seed/russia-troops-north-korea.txt");
    }

    static Story greek() {
        return imported("/samples/greek-debt-talks.txt");
    }

    static Story hokkaido() {
        return imported("/samples/hokkaido-snow.txt");
    }

    /** A story of paragraphs (and a headline, may be {@code null}). */
    static Story paragraphs(String headline, String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (String paragraph : paragraphs) {
            blocks.add(Block.of(BlockType.PARAGRAPH, paragraph));
        }
        return new Story(headline, List.copyOf(blocks));
    }

    static Story imported(String resource) {
        ImportedStory story = IMPORTER.parse(resource(resource));
        List<Block> blocks = new ArrayList<>();
        for (ImportedBlock block : story.blocks()) {
            blocks.add(Block.of(block.type(), block.text()));
        }
        return new Story(story.headline(), List.copyOf(blocks));
    }

    private static String resource(String path) {
        try (InputStream in = TestStories.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
