package org.copydesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.copydesk.domain.sourcing.SourceKind;
import org.copydesk.domain.story.Block;
import org.copydesk.engine.copycheck.Finding;
import org.copydesk.engine.importing.ImportedBlock;
import org.copydesk.engine.importing.ImportedStory;
import org.copydesk.engine.importing.StoryImporter;

/**
 * The quality corpus of {@code bench/quality} (its README is the format): stories in the seed's shape, each
 * with a {@code .expect} file of the claims the detector must propose, the copy errors the check must find,
 * the real names it must leave alone and the registry's names. A story is read the way the newsroom imports
 * it ({@link StoryImporter}); every expectation is located in the story's text when the corpus is read, so a
 * phrase that does not occur is an error of the corpus, reported at once.
 */
final class QualityCorpus {

    /** Where an expectation lies: passage {@link Finding#HEADLINE_INDEX} is the headline, 0… the blocks. */
    record Span(int passage, int start, int end) {

        boolean overlaps(int otherPassage, int otherStart, int otherEnd) {
            return passage == otherPassage && start < otherEnd && otherStart < end;
        }
    }

    record Claim(String phrase, SourceKind kind, Span at) {}

    enum Category {
        NAME,
        SPELLING,
        GRAMMAR
    }

    record Typo(String wrong, String right, Category category, Span at) {}

    record Keep(String name, List<Span> at) {}

    /**
     * One story of the corpus.
     *
     * @param heldOut whether the engines were never tuned on it
     * @param words the words of the headline and the body (runs of non-space characters)
     */
    record Story(
            String name,
            String desk,
            boolean heldOut,
            String headline,
            List<Block> blocks,
            List<Claim> claims,
            List<Typo> typos,
            List<Keep> keeps,
            List<String> registry,
            int words) {

        String passage(int index) {
            return index == Finding.HEADLINE_INDEX
                    ? headline
                    : blocks.get(index).text();
        }
    }

    private static final Pattern OCCURRENCE = Pattern.compile("^(.*?)\\s+@(\\d+)$");
    private static final Pattern INLINE_COMMENT = Pattern.compile("\\s{2,}#\\s.*$");

    private QualityCorpus() {}

    /** The stories of {@code directory}/stories, by file name. */
    static List<Story> read(Path directory) {
        Path stories = directory.resolve("stories");
        StoryImporter importer = new StoryImporter(List.of());
        List<Story> result = new ArrayList<>();
        try (Stream<Path> files = Files.list(stories)) {
            for (Path text :
                    files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String base = text.getFileName().toString().replaceFirst("\\.txt$", "");
                Path expect = stories.resolve(base + ".expect");
                if (!Files.exists(expect)) {
                    throw new IllegalStateException(text + " has no " + expect.getFileName());
                }
                result.add(story(
                        base,
                        importer.parse(Files.readString(text, StandardCharsets.UTF_8)),
                        Files.readAllLines(expect, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    static Story story(String name, ImportedStory imported, List<String> expectations) {
        List<Block> blocks = new ArrayList<>();
        for (ImportedBlock block : imported.blocks()) {
            blocks.add(Block.of(block.type(), block.text()));
        }
        String headline = imported.headline();
        String desk = null;
        Boolean heldOut = null;
        List<Claim> claims = new ArrayList<>();
        List<Typo> typos = new ArrayList<>();
        List<Keep> keeps = new ArrayList<>();
        List<String> registry = new ArrayList<>();
        int lineNumber = 0;
        for (String raw : expectations) {
            lineNumber++;
            String line = INLINE_COMMENT.matcher(raw).replaceFirst("").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw bad(name, lineNumber, "no key");
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            try {
                switch (key) {
                    case "desk" -> desk = value;
                    case "set" ->
                        heldOut = switch (value) {
                            case "tuning" -> false;
                            case "held-out" -> true;
                            default -> throw new IllegalArgumentException("set is tuning or held-out");
                        };
                    case "claim" -> {
                        String[] parts = splitLast(value, '|');
                        Located phrase = locate(headline, blocks, parts[0]);
                        if (phrase.span().passage() == Finding.HEADLINE_INDEX) {
                            throw new IllegalArgumentException("a claim in the headline: claims are in the body");
                        }
                        claims.add(new Claim(
                                phrase.text(), SourceKind.valueOf(parts[1].toUpperCase(Locale.ROOT)), phrase.span()));
                    }
                    case "typo" -> {
                        String[] parts = splitLast(value, '|');
                        int arrow = parts[0].indexOf("->");
                        if (arrow < 0) {
                            throw new IllegalArgumentException("a typo is WRONG -> RIGHT | CATEGORY");
                        }
                        Located wrong = locate(headline, blocks, parts[0].substring(0, arrow));
                        typos.add(new Typo(
                                wrong.text(),
                                parts[0].substring(arrow + 2).strip(),
                                Category.valueOf(parts[1].toUpperCase(Locale.ROOT)),
                                wrong.span()));
                    }
                    case "keep" -> keeps.add(new Keep(value, occurrences(headline, blocks, value)));
                    case "registry" -> registry.add(value);
                    default -> throw new IllegalArgumentException("unknown key " + key);
                }
            } catch (IllegalArgumentException e) {
                throw bad(name, lineNumber, e.getMessage());
            }
        }
        if (desk == null || heldOut == null) {
            throw bad(name, 0, "desk and set are required");
        }
        int words = words(headline);
        for (Block block : blocks) {
            words += words(block.text());
        }
        return new Story(name, desk, heldOut, headline, List.copyOf(blocks), claims, typos, keeps, registry, words);
    }

    private record Located(String text, Span span) {}

    /** "phrase" or "phrase @n": the n-th occurrence (from 1) in the headline, then the blocks. */
    private static Located locate(String headline, List<Block> blocks, String phrase) {
        String text = phrase.strip();
        int n = 1;
        Matcher occurrence = OCCURRENCE.matcher(text);
        if (occurrence.matches()) {
            text = occurrence.group(1).strip();
            n = Integer.parseInt(occurrence.group(2));
        }
        List<Span> all = occurrences(headline, blocks, text);
        if (all.size() < n) {
            throw new IllegalArgumentException("“" + text + "” occurs " + all.size() + " times, not " + n);
        }
        return new Located(text, all.get(n - 1));
    }

    private static List<Span> occurrences(String headline, List<Block> blocks, String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("an empty phrase");
        }
        List<Span> spans = new ArrayList<>();
        for (int p = Finding.HEADLINE_INDEX; p < blocks.size(); p++) {
            String passage =
                    p == Finding.HEADLINE_INDEX ? headline : blocks.get(p).text();
            for (int at = passage.indexOf(text); at >= 0; at = passage.indexOf(text, at + 1)) {
                spans.add(new Span(p, at, at + text.length()));
            }
        }
        return spans;
    }

    private static String[] splitLast(String value, char separator) {
        int at = value.lastIndexOf(separator);
        if (at < 0) {
            throw new IllegalArgumentException("expected “… " + separator + " …”");
        }
        return new String[] {
            value.substring(0, at).strip(), value.substring(at + 1).strip()
        };
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    private static IllegalStateException bad(String story, int line, String why) {
        return new IllegalStateException(story + ".expect" + (line > 0 ? ":" + line : "") + ": " + why);
    }
}
