package org.copydesk.engine.detection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.story.BlockType;
import org.copydesk.engine.importing.StoryImporter;

/** Test texts turned into blocks, and one detector shared by all tests (it is thread-safe). */
final class Stories {

    static final String SEED = "/seed/russia-troops-north-korea.txt";
    static final String GREEK = "/samples/greek-debt-talks.txt";
    static final String HOKKAIDO = "/samples/hokkaido-snow.txt";

    private static final StoryImporter IMPORTER =
            new StoryImporter(List.of("Asia-Pacific", "Korea", "World News", "Europe", "Japan"));

    private static AttributionDetector detector;

    private Stories() {}

    /** The shared detector, created once (it warms up LanguageTool's tokenizers). */
    static synchronized AttributionDetector detector() {
        if (detector == null) {
            detector = new AttributionDetector();
        }
        return detector;
    }

    static List<Block> blocks(String resource) {
        return IMPORTER.parse(read(resource)).blocks().stream()
                .map(b -> Block.of(b.type(), b.text()))
                .toList();
    }

    static List<Block> paragraphs(String... texts) {
        return java.util.Arrays.stream(texts)
                .map(t -> Block.of(BlockType.PARAGRAPH, t))
                .toList();
    }

    static String read(String resource) {
        try (InputStream in = Objects.requireNonNull(Stories.class.getResourceAsStream(resource), resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index of the block whose text starts with {@code opening}. */
    static int indexOf(List<Block> blocks, String opening) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).text().startsWith(opening)) {
                return i;
            }
        }
        throw new AssertionError("no block starts with \"" + opening + "\"");
    }
}
