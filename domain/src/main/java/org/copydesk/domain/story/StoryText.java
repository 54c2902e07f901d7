package org.copydesk.domain.story;

import java.util.ArrayList;
import java.util.List;

/**
 * A readable plain-text form of a story body, used for revisions and diffs: blocks separated by a
 * blank line, subheadings marked "## ", quotes "> ", captions "[Caption] ", each item of a list "- ", a picture
 * "[Image 12] caption line" with its alt text on a second line "[Alt] …"; inline marks
 * written in as {@code **bold**}, {@code _italic_} and {@code [words](address)} ({@link Marks#annotate}). Plain text
 * reads back into the same blocks (with new keys); marks are not read back (revisions keep them with their blocks).
 */
public final class StoryText {

    private static final String SUBHEADING = "## ";
    private static final String QUOTE = "> ";
    private static final String CAPTION = "[Caption] ";
    private static final String ITEM = "- ";
    private static final java.util.regex.Pattern IMAGE = java.util.regex.Pattern.compile(
            "^\\[Image (\\d+)\\] ([^\\n]*)(?:\\n\\[Alt\\] (.*))?$", java.util.regex.Pattern.DOTALL);

    private StoryText() {}

    public static String render(StoryContent content) {
        StringBuilder text = new StringBuilder("# ").append(content.headline()).append("\n\n");
        if (content.standfirst() != null) {
            text.append("*").append(content.standfirst()).append("*\n\n");
        }
        if (content.byline() != null) {
            text.append("By ").append(content.byline()).append("\n\n");
        }
        if (!content.sections().isEmpty()) {
            text.append("Sections: ")
                    .append(String.join(", ", content.sections()))
                    .append("\n\n");
        }
        text.append(renderBlocks(content.blocks()));
        return text.toString().strip();
    }

    public static String renderBlocks(List<Block> blocks) {
        List<String> parts = new ArrayList<>();
        for (Block block : blocks) {
            String text = Marks.annotate(block.text(), block.marks());
            parts.add(
                    switch (block.type()) {
                        case SUBHEADING -> SUBHEADING + text;
                        case QUOTE -> QUOTE + text;
                        case CAPTION -> CAPTION + text;
                        case PARAGRAPH -> text;
                        case LIST -> ITEM + text.replace("\n", "\n" + ITEM);
                        case IMAGE ->
                            "[Image " + block.mediaId() + "] " + text
                                    + (block.alt() == null ? "" : "\n[Alt] " + block.alt());
                    });
        }
        return String.join("\n\n", parts);
    }

    /**
     * Reads a whole story back from {@link #render}'s text (new block keys). The leading parts are read as
     * render writes them: "# headline", then "*standfirst*", "By byline", "Sections: a, b" where present. A
     * story whose first paragraph itself starts like one of those (and that had no such field) reads it as
     * that field: its words are kept, in another field.
     */
    public static StoryContent parse(String text) {
        List<String> parts =
                new ArrayList<>(List.of(text.replace("\r\n", "\n").strip().split("\\n\\s*\\n")));
        String headline = parts.remove(0).strip();
        if (headline.startsWith("# ")) {
            headline = headline.substring(2);
        }
        String standfirst = null;
        String byline = null;
        List<String> sections = List.of();
        if (!parts.isEmpty()
                && parts.get(0).length() > 2
                && parts.get(0).startsWith("*")
                && parts.get(0).endsWith("*")) {
            String p = parts.remove(0);
            standfirst = p.substring(1, p.length() - 1);
        }
        if (!parts.isEmpty() && parts.get(0).startsWith("By ")) {
            byline = parts.remove(0).substring(3);
        }
        if (!parts.isEmpty() && parts.get(0).startsWith("Sections: ")) {
            sections = List.of(parts.remove(0).substring("Sections: ".length()).split(", "));
        }
        return new StoryContent(headline, standfirst, byline, sections, parseBlocks(String.join("\n\n", parts)));
    }

    public static List<Block> parseBlocks(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null) {
            return blocks;
        }
        for (String part : text.replace("\r\n", "\n").split("\\n\\s*\\n")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            java.util.regex.Matcher image = IMAGE.matcher(p);
            if (image.matches()) {
                blocks.add(new Block(
                        null,
                        BlockType.IMAGE,
                        image.group(2),
                        List.of(),
                        Long.valueOf(image.group(1)),
                        image.group(3)));
            } else if (p.startsWith(SUBHEADING)) {
                blocks.add(Block.of(BlockType.SUBHEADING, p.substring(SUBHEADING.length())));
            } else if (p.startsWith(QUOTE)) {
                blocks.add(Block.of(BlockType.QUOTE, p.substring(QUOTE.length())));
            } else if (p.startsWith(ITEM)) {
                blocks.add(Block.of(
                        BlockType.LIST,
                        String.join(
                                "\n",
                                p.lines()
                                        .map(l -> l.startsWith(ITEM) ? l.substring(ITEM.length()) : l)
                                        .toList())));
            } else if (p.startsWith(CAPTION)) {
                blocks.add(Block.of(BlockType.CAPTION, p.substring(CAPTION.length())));
            } else {
                blocks.add(Block.of(BlockType.PARAGRAPH, p));
            }
        }
        return blocks;
    }
}
