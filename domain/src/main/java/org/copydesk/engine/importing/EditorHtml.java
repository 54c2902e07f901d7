package org.copydesk.engine.importing;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.story.BlockType;
import org.copydesk.domain.story.ImageCaption;
import org.copydesk.domain.story.Mark;
import org.copydesk.domain.story.Marks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;

/**
 * The story body as the editor's writing surface holds it: HTML of one element per block, with bold,
 * italic and links inside. The surface (PrimeFaces' {@code p:textEditor}, Quill) sends HTML back; it is
 * read into the model here — never stored, never shown as it came — so whatever the browser sent, only
 * what the model allows survives (blocks of plain text, the three marks, checked link addresses).
 *
 * <ul>
 *   <li>{@code p} a paragraph, {@code h2} (any heading) a subheading, {@code blockquote} a quote,
 *       {@code figcaption} a picture caption, a {@code ul} or {@code ol} a list with an item a line
 *       (Quill 2 writes every list as {@code <ol><li data-list="bullet">}).
 *   <li>A picture is a {@code figure class="cd-picture"} with {@code data-media} (its picture), {@code data-caption},
 *       {@code data-credit} and {@code data-alt}; the surface draws the picture inside, which is not read.
 *   <li>Empty lines are dropped; text outside any block element makes a paragraph.
 *   <li>Blocks keep their keys across an edit (docs/editor.md, "The writing surface"): the blocks read
 *       are lined up with the story's blocks by a sequence diff; an unchanged block keeps its key, and an
 *       edited one keeps the key of the block it shares most of its words with (a paragraph split by
 *       Enter: the first part keeps it; two joined by Backspace: the first one's key). So attributions,
 *       findings and notes anchored to a block stay with it while it is written on.
 * </ul>
 */
public final class EditorHtml {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Two blocks are "the same block edited" when at least this share of the shorter one's words is in both. */
    static final double SAME_BLOCK = 0.5;

    private EditorHtml() {}

    /** A block read from the surface, before it has a key; {@code mediaId} and {@code alt} for a picture. */
    private record Read(BlockType type, String text, List<Mark> marks, Long mediaId, String alt) {

        Read(BlockType type, String text, List<Mark> marks) {
            this(type, text, marks, null, null);
        }
    }

    /** The blocks as the surface's HTML. Every text is escaped; link addresses were checked on the way in. */
    public static String render(List<Block> blocks) {
        StringBuilder html = new StringBuilder();
        for (Block b : blocks) {
            switch (b.type()) {
                case LIST -> {
                    html.append("<ul>");
                    int from = 0;
                    for (String line : b.text().split("\n", -1)) {
                        int to = from + line.length();
                        if (!line.isBlank()) {
                            html.append("<li>");
                            runs(html, b.text(), b.marks(), from, to);
                            html.append("</li>");
                        }
                        from = to + 1;
                    }
                    html.append("</ul>");
                }
                case IMAGE ->
                    html.append("<figure class=\"cd-picture\" data-media=\"")
                            .append(b.mediaId())
                            .append("\" data-caption=\"")
                            .append(attr(ImageCaption.caption(b.text())))
                            .append("\" data-credit=\"")
                            .append(attr(nullToEmpty(ImageCaption.credit(b.text()))))
                            .append("\" data-alt=\"")
                            .append(attr(nullToEmpty(b.alt())))
                            .append("\"></figure>");
                default -> {
                    String tag = tagOf(b.type());
                    html.append('<').append(tag).append('>');
                    runs(html, b.text(), b.marks(), 0, b.text().length());
                    html.append("</").append(tag).append('>');
                }
            }
        }
        return html.toString();
    }

    private static String attr(String value) {
        return Entities.escape(value).replace("\"", "&quot;");
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String tagOf(BlockType type) {
        return switch (type) {
            case SUBHEADING -> "h2";
            case QUOTE -> "blockquote";
            case CAPTION -> "figcaption";
            default -> "p";
        };
    }

    private static void runs(StringBuilder html, String text, List<Mark> marks, int from, int to) {
        for (Marks.Run r : Marks.runs(text, marks, from, to)) {
            if (r.href() != null) {
                html.append("<a href=\"").append(Entities.escape(r.href())).append("\">");
            }
            if (r.bold()) {
                html.append("<strong>");
            }
            if (r.italic()) {
                html.append("<em>");
            }
            // a line break inside a paragraph would split it on the surface: a space, of the same length
            html.append(Entities.escape(r.text().replace('\n', ' ')));
            if (r.italic()) {
                html.append("</em>");
            }
            if (r.bold()) {
                html.append("</strong>");
            }
            if (r.href() != null) {
                html.append("</a>");
            }
        }
    }

    /**
     * The surface's HTML read back into blocks, keys re-found among {@code current} (the story's blocks as
     * the surface was loaded with them; empty for a new story).
     *
     * @throws IllegalArgumentException if a block is longer than a block may be
     */
    public static List<Block> read(String html, List<Block> current) {
        List<Read> reads = reads(html);
        List<String> keys = keys(reads, current);
        List<Block> blocks = new ArrayList<>(reads.size());
        for (int i = 0; i < reads.size(); i++) {
            Read r = reads.get(i);
            blocks.add(new Block(keys.get(i), r.type(), r.text(), r.marks(), r.mediaId(), r.alt()));
        }
        return blocks;
    }

    /** The HTML as the model holds it and gives it back: what a surface shows after a round trip. */
    public static String normalize(String html) {
        return render(read(html, List.of()));
    }

    private static List<Read> reads(String html) {
        List<Read> reads = new ArrayList<>();
        if (html == null || html.isBlank()) {
            return reads;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        // Quill's own interface inside the text (list bullets, the cursor's placeholder) is not text
        doc.select(".ql-ui, .ql-cursor, script, style, template, img, iframe, object, embed, svg")
                .remove();
        InlineHtml loose = new InlineHtml();
        for (Node node : doc.body().childNodes()) {
            if (node instanceof Element e && e.normalName().equals("figure")) {
                add(reads, BlockType.PARAGRAPH, loose);
                loose = new InlineHtml();
                picture(e).ifPresent(reads::add);
            } else if (node instanceof Element e && InlineHtml.BLOCKS.contains(e.normalName())) {
                add(reads, BlockType.PARAGRAPH, loose);
                loose = new InlineHtml();
                block(e, reads);
            } else {
                loose.add(node, false, false, null);
            }
        }
        add(reads, BlockType.PARAGRAPH, loose);
        return reads;
    }

    /**
     * A picture on the surface: a {@code figure} naming its picture and holding caption, credit and alt text in
     * data attributes (what the surface shows inside it is not read). A figure that names no picture is dropped.
     */
    private static java.util.Optional<Read> picture(Element figure) {
        String media = figure.attr("data-media").strip();
        if (!media.matches("\\d{1,18}")) {
            return java.util.Optional.empty();
        }
        String line = ImageCaption.compose(figure.attr("data-caption"), figure.attr("data-credit"));
        String alt = figure.attr("data-alt");
        return java.util.Optional.of(
                new Read(BlockType.IMAGE, line, List.of(), Long.valueOf(media), alt.isBlank() ? null : alt));
    }

    private static void block(Element e, List<Read> reads) {
        String tag = e.normalName();
        if (tag.equals("ul") || tag.equals("ol")) {
            InlineHtml items = new InlineHtml();
            for (Element li : e.select("li")) {
                // a nested list's items are lines of their own, not part of their parent's line
                InlineHtml item = new InlineHtml();
                for (Node child : li.childNodes()) {
                    if (!(child instanceof Element c
                            && (c.normalName().equals("ul") || c.normalName().equals("ol")))) {
                        item.add(child, false, false, null);
                    }
                }
                InlineHtml.Text line = item.finish();
                if (!line.text().isEmpty()) {
                    if (!items.isEmpty()) {
                        items.newLine();
                    }
                    items.append(line);
                }
            }
            add(reads, BlockType.LIST, items);
            return;
        }
        BlockType type =
                switch (tag) {
                    case "h1", "h2", "h3", "h4", "h5", "h6" -> BlockType.SUBHEADING;
                    case "blockquote" -> BlockType.QUOTE;
                    case "figcaption" -> BlockType.CAPTION;
                    default -> BlockType.PARAGRAPH;
                };
        InlineHtml inline = new InlineHtml();
        for (Node child : e.childNodes()) {
            inline.add(child, false, false, null);
        }
        add(reads, type, inline);
    }

    private static void add(List<Read> reads, BlockType type, InlineHtml inline) {
        InlineHtml.Text t = inline.finish();
        if (!t.text().isEmpty()) {
            reads.add(new Read(type, t.text(), t.marks()));
        }
    }

    /** For each block read, the key of the story's block it is (an edit of), or null for a new block. */
    private static List<String> keys(List<Read> reads, List<Block> current) {
        List<String> keys = new ArrayList<>(java.util.Collections.nCopies(reads.size(), (String) null));
        if (current.isEmpty() || reads.isEmpty()) {
            return keys;
        }
        List<String> before =
                current.stream().map(b -> b.type() + "\u0001" + b.text()).toList();
        List<String> after =
                reads.stream().map(r -> r.type() + "\u0001" + r.text()).toList();
        int source = 0;
        int target = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            // the stretch before this change is equal, block for block
            for (; target < delta.getTarget().getPosition(); source++, target++) {
                keys.set(target, current.get(source).key());
            }
            if (delta.getType() == DeltaType.CHANGE) {
                int s = delta.getSource().getPosition();
                int sEnd = s + delta.getSource().size();
                for (int t = target; t < target + delta.getTarget().size(); t++) {
                    for (int k = s; k < sEnd; k++) {
                        if (likeness(current.get(k).text(), reads.get(t).text()) >= SAME_BLOCK) {
                            keys.set(t, current.get(k).key());
                            s = k + 1;
                            break;
                        }
                    }
                }
            }
            source = delta.getSource().getPosition() + delta.getSource().size();
            target = delta.getTarget().getPosition() + delta.getTarget().size();
        }
        for (; target < reads.size() && source < current.size(); source++, target++) {
            keys.set(target, current.get(source).key());
        }
        return keys;
    }

    /** The share of the shorter text's words (counted with repeats, case ignored) that the other has too. */
    static double likeness(String a, String b) {
        Map<String, Integer> words = new HashMap<>();
        int countA = 0;
        for (var m = WORD.matcher(a.toLowerCase(Locale.ROOT)); m.find(); countA++) {
            words.merge(m.group(), 1, Integer::sum);
        }
        int countB = 0;
        int common = 0;
        for (var m = WORD.matcher(b.toLowerCase(Locale.ROOT)); m.find(); countB++) {
            Integer left = words.get(m.group());
            if (left != null && left > 0) {
                words.put(m.group(), left - 1);
                common++;
            }
        }
        int shorter = Math.min(countA, countB);
        return shorter == 0 ? 0 : (double) common / shorter;
    }
}
