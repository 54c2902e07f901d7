package org.copydesk.engine.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.copydesk.domain.story.BlockType;
import org.copydesk.domain.story.Mark;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Reads a story from HTML: a saved web page, a document exported as HTML, or what Word, Google Docs or a
 * browser put on the clipboard. The HTML is never kept: it is read into the story model (blocks of plain
 * text with bold, italic and link marks) and everything the model does not hold is dropped — scripts,
 * styles, images, tables' layout, attributes, event handlers, classes. A link whose address is not
 * {@code http}, {@code https} or {@code mailto} keeps its words and loses the link.
 *
 * <ul>
 *   <li>The headline is the first {@code h1} (else the page's {@code title}, else the first block).
 *   <li>{@code p} and {@code div} text are paragraphs (a photo credit makes a caption, as in plain text);
 *       {@code h2}–{@code h6} subheadings; {@code blockquote} a quote; {@code ul}/{@code ol} a list, one
 *       item a line; {@code figcaption} a caption.
 *   <li>Bold: {@code b}, {@code strong}, or a {@code font-weight} of bold/600–900 (Google Docs wraps the
 *       whole clipboard in {@code <b style="font-weight:normal">}: that is not bold). Italic: {@code i},
 *       {@code em}, {@code font-style:italic}.
 *   <li>A first block that is a category line names the sections, as in plain text; scrape debris is
 *       removed from every block and reported; whitespace collapses to one space.
 * </ul>
 */
public final class HtmlStoryReader {

    private static final Set<String> DROPPED = Set.of(
            "script",
            "style",
            "noscript",
            "template",
            "iframe",
            "object",
            "embed",
            "svg",
            "math",
            "canvas",
            "video",
            "audio",
            "form",
            "button",
            "select",
            "textarea",
            "input",
            "nav",
            "head",
            "meta",
            "link",
            "img",
            "picture",
            "source");

    private final SectionSplitter sections;

    public HtmlStoryReader(Collection<String> knownSections) {
        this.sections = new SectionSplitter(knownSections);
    }

    /** A block as read, before it becomes an {@link ImportedBlock}: the tag it came from decides its type. */
    private record Read(String tag, String text, List<Mark> marks) {}

    /**
     * @throws ImportException if the HTML holds no text, or nothing but scrape debris
     */
    public ImportedStory parse(String html) {
        if (html == null || html.isBlank()) {
            throw new ImportException("The HTML to import is empty.");
        }
        Document doc = Jsoup.parse(html);
        doc.select(String.join(",", DROPPED)).remove();
        Element root = doc.selectFirst("article");
        List<Read> reads = new ArrayList<>();
        collect(root == null ? doc.body() : root, reads);
        List<ReadBlocks.Read> blocks = reads.stream()
                .map(r -> new ReadBlocks.Read(typeOf(r.tag()), r.tag().equals("h1"), r.text(), r.marks()))
                .toList();
        String title = doc.title().isBlank() ? null : collapse(doc.title());
        return ReadBlocks.story(blocks, sections, title, "The HTML to import");
    }

    /** The kind a tag gives its block; {@code null} for a paragraph, whose text decides (a photo credit makes a caption). */
    private static BlockType typeOf(String tag) {
        return switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> BlockType.SUBHEADING;
            case "blockquote" -> BlockType.QUOTE;
            case "ul", "ol" -> BlockType.LIST;
            case "figcaption" -> BlockType.CAPTION;
            default -> null;
        };
    }

    /** Walks the tree: each element that is a block and holds text of its own makes one block. */
    private static void collect(Element element, List<Read> reads) {
        String tag = element.normalName();
        if (tag.equals("ul") || tag.equals("ol")) {
            InlineHtml items = new InlineHtml();
            for (Element li : element.children()) {
                if (!items.isEmpty()) {
                    items.newLine();
                }
                items.add(li, false, false, null);
            }
            addRead(reads, tag, items);
            return;
        }
        if (tag.equals("blockquote") && element.select("p, div").size() > 1) {
            InlineHtml quote = new InlineHtml();
            for (Element p : element.children()) {
                if (!quote.isEmpty()) {
                    quote.space();
                }
                quote.add(p, false, false, null);
            }
            addRead(reads, tag, quote);
            return;
        }
        InlineHtml run = new InlineHtml();
        for (Node child : element.childNodes()) {
            if (child instanceof Element e && (InlineHtml.BLOCKS.contains(e.normalName()) || holdsBlocks(e))) {
                addRead(reads, tag, run);
                run = new InlineHtml();
                collect(e, reads);
            } else {
                run.add(child, false, false, null);
            }
        }
        addRead(reads, tag, run);
    }

    /** An inline element wrapped around blocks (Google Docs wraps its whole clipboard in one {@code b}). */
    private static boolean holdsBlocks(Element e) {
        for (Element d : e.getAllElements()) {
            if (d != e && InlineHtml.BLOCKS.contains(d.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static void addRead(List<Read> reads, String tag, InlineHtml run) {
        InlineHtml.Text read = run.finish();
        if (!read.text().isEmpty()) {
            reads.add(new Read(tag, read.text(), read.marks()));
        }
    }

    private static String collapse(String s) {
        return InlineHtml.collapse(s).strip();
    }
}
