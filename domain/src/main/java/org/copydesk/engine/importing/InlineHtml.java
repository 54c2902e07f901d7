package org.copydesk.engine.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.copydesk.domain.story.Mark;
import org.copydesk.domain.story.Marks;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The inline content of one block of HTML read into the story model: plain text, whitespace collapsed
 * as it comes, and the bold, italic and link marks over what they cover. Anything else an element says
 * (classes, styles other than weight and slant, event handlers, other tags) is dropped; a link whose
 * address is not {@code http}, {@code https} or {@code mailto} keeps its words and loses the link. Used
 * by the HTML import ({@link HtmlStoryReader}) and the editor's writing surface ({@link EditorHtml}).
 */
public final class InlineHtml {

    /** Elements whose content is a block of its own: a new block starts after them. */
    static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "ul",
            "ol",
            "li",
            "figcaption",
            "section",
            "article",
            "main",
            "header",
            "footer",
            "aside",
            "figure",
            "table",
            "tbody",
            "thead",
            "tr",
            "td",
            "th",
            "pre",
            "address",
            "dl",
            "dt",
            "dd",
            "body",
            "html");

    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u200B\\uFEFF]+");
    private static final Pattern BOLD_WEIGHT = Pattern.compile("font-weight\\s*:\\s*(bold|bolder|[6-9]00)");
    private static final Pattern NORMAL_WEIGHT = Pattern.compile("font-weight\\s*:\\s*(normal|lighter|[1-5]00)");
    private static final Pattern ITALIC_STYLE = Pattern.compile("font-style\\s*:\\s*italic");

    /** What was read: the text, trimmed, and its marks (offsets into that text). */
    public record Text(String text, List<Mark> marks) {}

    private final StringBuilder text = new StringBuilder();
    private final List<Mark> marks = new ArrayList<>();

    /** Whitespace collapsed to one space, Unicode composed (NFC). */
    static String collapse(String s) {
        return SPACE.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll(" ");
    }

    boolean isEmpty() {
        return text.toString().isBlank();
    }

    /** A space between two pieces of text, unless there is one already. */
    void space() {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ' && text.charAt(text.length() - 1) != '\n') {
            text.append(' ');
        }
    }

    /** A line break (the items of a list). */
    void newLine() {
        while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
        text.append('\n');
    }

    /** Appends text already read (a list's item), with its marks. */
    void append(Text read) {
        int at = text.length();
        text.append(read.text());
        read.marks().forEach(m -> marks.add(m.shifted(at)));
    }

    /** Reads a node and what it holds, inside marks already open ({@code bold}, {@code italic}, {@code href}). */
    void add(Node node, boolean bold, boolean italic, String href) {
        if (node instanceof TextNode t) {
            String s = collapse(t.getWholeText());
            if (s.startsWith(" ")
                    && (text.isEmpty()
                            || text.charAt(text.length() - 1) == ' '
                            || text.charAt(text.length() - 1) == '\n')) {
                s = s.substring(1);
            }
            text.append(s);
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        if (tag.equals("br")) {
            space();
            return;
        }
        String style = e.attr("style").toLowerCase(Locale.ROOT);
        boolean b = !NORMAL_WEIGHT.matcher(style).find()
                && (tag.equals("b")
                        || tag.equals("strong")
                        || BOLD_WEIGHT.matcher(style).find());
        boolean i = tag.equals("i")
                || tag.equals("em")
                || ITALIC_STYLE.matcher(style).find();
        String link = null;
        if (tag.equals("a") && href == null) {
            try {
                link = Mark.checkedHref(e.attr("abs:href").isBlank() ? e.attr("href") : e.attr("abs:href"));
            } catch (IllegalArgumentException unsafe) {
                link = null; // the words stay, the address goes
            }
        }
        int start = text.length();
        for (Node child : e.childNodes()) {
            add(child, bold || b, italic || i, href != null ? href : link);
        }
        int end = text.length();
        // the marks of this element alone; those of its parents are recorded by the parents
        if (end > start) {
            if (b && !bold) {
                marks.add(Mark.bold(start, end));
            }
            if (i && !italic) {
                marks.add(Mark.italic(start, end));
            }
            if (link != null) {
                marks.add(Mark.link(start, end, link));
            }
        }
        if (BLOCKS.contains(tag)) {
            space();
        }
    }

    /** The text read, trimmed, with its marks following the trim; marks over nothing but spaces dropped. */
    Text finish() {
        String raw = text.toString();
        String trimmed = raw.strip();
        if (trimmed.isEmpty()) {
            return new Text("", List.of());
        }
        List<Mark> words = marks.stream()
                .filter(m -> !raw.substring(m.start(), m.end()).isBlank())
                .toList();
        return new Text(trimmed, Marks.follow(raw, trimmed, Marks.checked(raw, words)));
    }
}
