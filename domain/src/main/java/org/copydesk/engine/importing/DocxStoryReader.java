package org.copydesk.engine.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.copydesk.domain.story.BlockType;
import org.copydesk.domain.story.Mark;
import org.copydesk.domain.story.Marks;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/**
 * Reads a story from a Word document (.docx, Apache POI). The document is never kept: it is read into the
 * story model (blocks of plain text with bold, italic and link marks) and everything else is dropped —
 * images, drawings and text boxes, headers and footers, comments, footnotes, deleted tracked changes, field
 * codes, hidden text, fonts, colours. A link whose address is not {@code http}, {@code https} or
 * {@code mailto} keeps its words and loses the link.
 *
 * <ul>
 *   <li>The headline is the first paragraph styled Title or Heading 1 (else the first paragraph); a later
 *       one is a subheading.
 *   <li>Heading 2 and below are subheadings; Quote and Intense Quote quotes; Caption a caption; numbered or
 *       bulleted paragraphs in a row (the same list) one list block, an item a line; every other paragraph
 *       a paragraph (a photo credit makes a caption, as in plain text and HTML). Styles are known by their
 *       names (built-in names are English whatever the language of Word) and those they are based on.
 *   <li>Bold and italic runs (also the character styles Strong and Emphasis) and hyperlinks become marks.
 *   <li>A table's paragraphs are read as paragraphs, cell by cell.
 *   <li>A first paragraph that is a category line names the sections; scrape debris is removed from every
 *       block and reported; whitespace collapses to one space — all as for HTML ({@link ReadBlocks}).
 * </ul>
 *
 * A file that is not a .docx (a .doc, a password-protected document, another zip, an Excel workbook) is an
 * {@link ImportException} that says what it is. Zip bombs are refused: each part may unpack to at most
 * {@value #MAX_ENTRY_BYTES} bytes, and at most 100 times its packed size (POI's {@link ZipSecureFile}
 * limits, set here for the whole application), and the whole document to at most
 * {@value #MAX_UNPACKED_BYTES} bytes.
 */
public final class DocxStoryReader {

    /** The largest .docx read: 8 MiB (a story with a few photos; the server's POST limit is 10 MB). */
    public static final int MAX_BYTES = 8 * 1024 * 1024;
    /** A part of the document unpacked may be at most this large (POI's default is 4 GiB). */
    static final long MAX_ENTRY_BYTES = 32L * 1024 * 1024;
    /** The whole document unpacked may be at most this large. */
    static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;
    /** Packed size / unpacked size of a part may not be below this (POI's default, set explicitly). */
    static final double MIN_INFLATE_RATIO = 0.01;

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final Set<String> WORD_TYPES = Set.of(
            XWPFRelation.DOCUMENT.getContentType(),
            XWPFRelation.MACRO_DOCUMENT.getContentType(),
            XWPFRelation.TEMPLATE.getContentType(),
            XWPFRelation.MACRO_TEMPLATE_DOCUMENT.getContentType());
    private static final String WHAT = "The Word document to import";
    private static final String CANNOT_READ = "The file cannot be read as a Word document (.docx)";

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private final SectionSplitter sections;

    public DocxStoryReader(Collection<String> knownSections) {
        this.sections = new SectionSplitter(knownSections);
    }

    /** Whether the bytes start as a zip file does, as every .docx does ({@code PK\u0003\u0004}). */
    public static boolean looksLikeDocx(byte[] bytes) {
        return startsWith(bytes, ZIP);
    }

    /**
     * @throws ImportException if the file is not a .docx that can be read, is too large, or holds no text (or
     *                         nothing but scrape debris)
     */
    public ImportedStory parse(byte[] docx) {
        if (docx == null || docx.length == 0) {
            throw new ImportException("The Word document to import is empty.");
        }
        if (docx.length > MAX_BYTES) {
            throw new ImportException("The Word document is larger than " + MAX_BYTES / (1024 * 1024) + " MiB.");
        }
        List<ReadBlocks.Read> reads;
        try {
            XWPFDocument doc = open(docx);
            try {
                reads = new Reading(doc).read();
            } finally {
                doc.getPackage().revert(); // read only: nothing to save (close() would try, and log that it cannot)
            }
        } catch (ImportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImportException(
                    isBomb(e)
                            ? CANNOT_READ + ": it unpacks to far more than a document of its size holds."
                            : CANNOT_READ + ": it is damaged or not a Word document.");
        }
        return ReadBlocks.story(reads, sections, null, WHAT);
    }

    // Opening: what the file is, and the limits on unpacking it

    private static XWPFDocument open(byte[] bytes) throws IOException {
        if (!startsWith(bytes, ZIP)) {
            throw new ImportException(whatItIs(bytes));
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ZipInputStreamZipEntrySource(
                    new TotalLimit(new ZipArchiveInputStream(new ByteArrayInputStream(bytes)))));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        try {
            PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (main.isEmpty()) {
                throw new ImportException("The file is a zip archive, not a Word document (.docx).");
            }
            PackagePart part = pkg.getPart(main.getRelationship(0));
            if (part == null || !WORD_TYPES.contains(part.getContentType())) {
                throw new ImportException("The file is an Office document but not a Word document (.docx): "
                        + "perhaps an Excel workbook or a PowerPoint presentation.");
            }
            return new XWPFDocument(pkg);
        } catch (IOException | RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    /** What a file that is not a zip is, in an editor's words. */
    private static String whatItIs(byte[] bytes) {
        if (startsWith(bytes, OLE2)) {
            try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
                DirectoryNode root = fs.getRoot();
                if (root.hasEntry("EncryptionInfo")) {
                    return "The Word document is protected by a password; save it without one and import it again.";
                }
                if (root.hasEntry("WordDocument")) {
                    return "The file is an old Word document (.doc); open it in Word, save it as .docx and import "
                            + "that.";
                }
            } catch (IOException | RuntimeException e) {
                // a damaged old Office file: said below
            }
            return "The file is an old Office document, not a Word document (.docx).";
        }
        String start = new String(bytes, 0, Math.min(bytes.length, 64), java.nio.charset.StandardCharsets.ISO_8859_1)
                .stripLeading()
                .toLowerCase(Locale.ROOT);
        if (start.startsWith("{\\rtf")) {
            return "The file is a Rich Text document (.rtf); save it as .docx and import that.";
        }
        if (start.startsWith("%pdf")) {
            return "The file is a PDF, not a Word document (.docx).";
        }
        if (start.startsWith("<")) {
            return "The file is HTML or XML, not a Word document (.docx); import HTML as HTML.";
        }
        return "The file is not a Word document (.docx).";
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes == null || bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TooLarge
                    || t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    /** The unpacked document is larger than {@link #MAX_UNPACKED_BYTES}. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("The document unpacks to more than " + MAX_UNPACKED_BYTES + " bytes");
        }
    }

    /** POI's per-part limits (ratio, size), and a limit on all parts together: POI keeps them all in memory. */
    private static final class TotalLimit extends ZipArchiveThresholdInputStream {
        private long total;

        TotalLimit(InputStream zip) {
            super(zip);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(n);
            return n;
        }

        private void count(int n) throws IOException {
            if (n > 0) {
                total += n;
                if (total > MAX_UNPACKED_BYTES) {
                    throw new TooLarge();
                }
            }
        }
    }

    // Reading: paragraphs into blocks

    private enum Kind {
        HEADLINE,
        SUBHEADING,
        QUOTE,
        CAPTION,
        LIST,
        PARAGRAPH
    }

    /** One document read into blocks; a list is collected until a paragraph that is not of it. */
    private static final class Reading {
        private final XWPFDocument doc;
        private final XWPFStyles styles;
        private final List<ReadBlocks.Read> reads = new ArrayList<>();
        private Inline list;
        private String listKey;

        Reading(XWPFDocument doc) {
            this.doc = doc;
            this.styles = doc.getStyles();
        }

        List<ReadBlocks.Read> read() {
            body(doc.getBodyElements());
            endList();
            return reads;
        }

        private void body(List<IBodyElement> elements) {
            for (IBodyElement element : elements) {
                if (element instanceof XWPFParagraph p) {
                    paragraph(p);
                } else if (element instanceof XWPFTable table) {
                    endList();
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            body(cell.getBodyElements());
                            endList();
                        }
                    }
                } else if (element instanceof XWPFSDT sdt) {
                    endList();
                    for (String line : sdt.getContent().getText().split("\\R")) {
                        add(null, false, new Inline().plain(line));
                    }
                }
            }
        }

        private void paragraph(XWPFParagraph p) {
            Set<String> names = styleNames(p.getStyleID());
            Kind kind = kindOf(names);
            String key = kind == Kind.PARAGRAPH ? listKey(p, names) : null;
            if (key != null) {
                if (list != null && key.equals(listKey)) {
                    list.newLine();
                } else {
                    endList();
                    list = new Inline();
                    listKey = key;
                }
                runs(p, list);
                return;
            }
            endList();
            Inline text = runs(p, new Inline());
            switch (kind) {
                case HEADLINE -> add(BlockType.SUBHEADING, true, text);
                case SUBHEADING -> add(BlockType.SUBHEADING, false, text);
                case QUOTE -> add(BlockType.QUOTE, false, text);
                case CAPTION -> add(BlockType.CAPTION, false, text);
                default -> add(null, false, text);
            }
        }

        private void endList() {
            if (list != null) {
                add(BlockType.LIST, false, list);
                list = null;
                listKey = null;
            }
        }

        private void add(BlockType type, boolean headline, Inline inline) {
            Inline.Text read = inline.finish();
            if (!read.text().isEmpty()) {
                reads.add(new ReadBlocks.Read(type, headline, read.text(), read.marks()));
            }
        }

        /** The style's names and ids and those of the styles it is based on, lower case and without spaces. */
        private Set<String> styleNames(String styleId) {
            Set<String> names = new HashSet<>();
            String id = styleId;
            for (int depth = 0; id != null && depth < 10 && names.add(normal(id)); depth++) {
                XWPFStyle style = styles == null ? null : styles.getStyle(id);
                if (style == null) {
                    break;
                }
                if (style.getName() != null) {
                    names.add(normal(style.getName()));
                }
                id = style.getBasisStyleID();
            }
            return names;
        }

        private static String normal(String name) {
            return name.replace(" ", "").toLowerCase(Locale.ROOT);
        }

        private static Kind kindOf(Set<String> names) {
            if (names.contains("title") || names.contains("heading1")) {
                return Kind.HEADLINE;
            }
            for (int level = 2; level <= 9; level++) {
                if (names.contains("heading" + level)) {
                    return Kind.SUBHEADING;
                }
            }
            if (names.contains("quote") || names.contains("intensequote")) {
                return Kind.QUOTE;
            }
            if (names.contains("caption")) {
                return Kind.CAPTION;
            }
            return Kind.PARAGRAPH;
        }

        /** Which list a numbered or bulleted paragraph is in (its numbering id, or its list style); else null. */
        private static String listKey(XWPFParagraph p, Set<String> names) {
            BigInteger numId = p.getNumID();
            if (numId != null && numId.signum() > 0) {
                return "num:" + numId;
            }
            for (String name : names) {
                if (name.startsWith("listbullet") || name.startsWith("listnumber")) {
                    return "style:" + name;
                }
            }
            return null;
        }

        /** The paragraph's runs into {@code into}: their text, bold, italic and links. */
        private Inline runs(XWPFParagraph p, Inline into) {
            for (IRunElement element : p.getIRuns()) {
                if (element instanceof XWPFRun run) {
                    if (run.isVanish()) {
                        continue; // hidden text
                    }
                    String style = run.getStyle() == null ? "" : normal(run.getStyle());
                    boolean bold = run.isBold() || style.equals("strong");
                    boolean italic = run.isItalic() || style.equals("emphasis");
                    Object link = null;
                    String href = null;
                    if (run instanceof XWPFHyperlinkRun h) {
                        link = h.getCTHyperlink();
                        href = hrefOf(h);
                    }
                    into.run(textOf(run), bold, italic, href, link);
                } else if (element instanceof XWPFSDT sdt) {
                    into.run(sdt.getContent().getText(), false, false, null, null);
                }
            }
            return into;
        }

        private String hrefOf(XWPFHyperlinkRun run) {
            String id = run.getHyperlinkId();
            XWPFHyperlink link = id == null ? null : doc.getHyperlinkByID(id);
            if (link == null || link.getURL() == null) {
                return null; // a link within the document (a bookmark) leads nowhere in the story
            }
            try {
                return Mark.checkedHref(link.getURL());
            } catch (IllegalArgumentException unsafe) {
                return null; // the words stay, the address goes
            }
        }

        /**
         * A run's text as it reads: text, tabs and breaks as spaces, non-breaking hyphens as hyphens. Field
         * codes, deleted text, footnote marks, symbols and drawings (pictures, text boxes) are left out.
         */
        private static String textOf(XWPFRun run) {
            StringBuilder text = new StringBuilder();
            try (XmlCursor cursor = run.getCTR().newCursor()) {
                cursor.selectPath("./*");
                while (cursor.toNextSelection()) {
                    XmlObject o = cursor.getObject();
                    String name = o.getDomNode().getLocalName();
                    switch (name) {
                        case "t" -> text.append(((CTText) o).getStringValue());
                        case "tab", "ptab", "br", "cr" -> text.append(' ');
                        case "noBreakHyphen" -> text.append('-');
                        default -> {
                            // instrText, delText, footnoteReference, sym, drawing, pict, fldChar, softHyphen…
                        }
                    }
                }
            }
            return text.toString();
        }
    }

    /**
     * The text of one block as it is read run by run, whitespace collapsed, and its marks: a mark is open while
     * the runs that carry it follow each other, and covers their words without the spaces at its ends.
     */
    private static final class Inline {

        record Text(String text, List<Mark> marks) {}

        private final StringBuilder text = new StringBuilder();
        private final List<Mark> marks = new ArrayList<>();
        private int boldFrom = -1;
        private int italicFrom = -1;
        private int linkFrom = -1;
        private String linkHref;
        private Object linkKey;

        Inline plain(String s) {
            run(s, false, false, null, null);
            return this;
        }

        void run(String raw, boolean bold, boolean italic, String href, Object key) {
            String s = InlineHtml.collapse(raw);
            if (s.startsWith(" ")
                    && (text.isEmpty()
                            || text.charAt(text.length() - 1) == ' '
                            || text.charAt(text.length() - 1) == '\n')) {
                s = s.substring(1);
            }
            if (s.isEmpty()) {
                return;
            }
            if (boldFrom >= 0 && !bold) {
                boldFrom = close(boldFrom, Mark::bold);
            }
            if (italicFrom >= 0 && !italic) {
                italicFrom = close(italicFrom, Mark::italic);
            }
            if (linkFrom >= 0 && (href == null || key != linkKey || !href.equals(linkHref))) {
                closeLink();
            }
            int at = text.length();
            if (bold && boldFrom < 0) {
                boldFrom = at;
            }
            if (italic && italicFrom < 0) {
                italicFrom = at;
            }
            if (href != null && linkFrom < 0) {
                linkFrom = at;
                linkHref = href;
                linkKey = key;
            }
            text.append(s);
        }

        /** A line break: the next item of a list. */
        void newLine() {
            closeAll();
            while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
                text.setLength(text.length() - 1);
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
            }
        }

        Text finish() {
            closeAll();
            String raw = text.toString();
            String trimmed = raw.strip();
            if (trimmed.isEmpty()) {
                return new Text("", List.of());
            }
            return new Text(trimmed, Marks.follow(raw, trimmed, Marks.checked(raw, marks)));
        }

        private void closeAll() {
            boldFrom = close(boldFrom, Mark::bold);
            italicFrom = close(italicFrom, Mark::italic);
            closeLink();
        }

        private void closeLink() {
            String href = linkHref;
            linkFrom = close(linkFrom, (start, end) -> Mark.link(start, end, href));
            linkHref = null;
            linkKey = null;
        }

        private interface Maker {
            Mark make(int start, int end);
        }

        /** Adds the mark from {@code from} to here, its words only; returns -1 (nothing open). */
        private int close(int from, Maker maker) {
            if (from < 0) {
                return -1;
            }
            int start = from;
            int end = text.length();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                marks.add(maker.make(start, end));
            }
            return -1;
        }
    }
}
