package org.copydesk.engine.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.copydesk.domain.story.BlockType;
import org.copydesk.domain.story.Mark;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

class DocxStoryReaderTest {

    private static final List<String> SECTIONS = List.of("Asia-Pacific", "Korea", "Japan", "Europe", "World News");
    private final DocxStoryReader reader = new DocxStoryReader(SECTIONS);

    // Building documents as Word would save them

    private static byte[] docx(Consumer<XWPFDocument> content) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        if (text != null) {
            p.createRun().setText(text);
        }
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setItalic(italic);
        return r;
    }

    /** A decimal numbering, as Word's "1. 2. 3." button makes: its id for the paragraphs of the list. */
    private static BigInteger numbered(XWPFDocument doc) {
        XWPFNumbering numbering = doc.createNumbering();
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(
                BigInteger.valueOf(numbering.getAbstractNums().size() + 1L));
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
        level.addNewLvlText().setVal("%1.");
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
        return numbering.addNum(abstractId);
    }

    /** A paragraph style with Word's built-in (English) name and a localised id, as a German Word writes it. */
    private static void style(XWPFDocument doc, String id, String name) {
        XWPFStyles styles = doc.getStyles() != null ? doc.getStyles() : doc.createStyles();
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        styles.addStyle(new XWPFStyle(style));
    }

    private static final byte[] PNG = java.util.Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private static List<String> marked(ImportedBlock block) {
        return block.marks().stream()
                .map(m -> m.type() + ":" + block.text().substring(m.start(), m.end())
                        + (m.href() == null ? "" : "→" + m.href()))
                .toList();
    }

    private static List<BlockType> types(ImportedStory story) {
        return story.blocks().stream().map(ImportedBlock::type).toList();
    }

    // What is read

    @Test
    void aWordDocumentBecomesHeadlineSectionsBlocksAndMarksWithoutItsDebris() throws Exception {
        byte[] file = docx(doc -> {
            doc.createHeader(HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText("Page header text");
            doc.createFooter(HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText("Page footer text");
            paragraph(doc, null, "Asia-PacificKoreaWorld News");
            paragraph(doc, "Title", "Russia sends troops to border with North Korea: Reports");

            XWPFParagraph p = paragraph(doc, null, "Video footage has   emerged, ");
            p.createHyperlinkRun("https://example.org/report").setText("local media");
            run(p, " ", false, false);
            run(p, "reported", true, false);
            run(p, " on ", false, false);
            run(p, "Saturday", false, true);
            run(p, ".", false, false);

            paragraph(doc, "Heading2", "‘Chine mobilizes forces, too’");

            XWPFParagraph unsafe = paragraph(doc, null, "Watch ");
            unsafe.createHyperlinkRun("javascript:alert(1)").setText("the video");
            run(unsafe, " here.", false, false);

            BigInteger list = numbered(doc);
            for (String item : List.of("Schools closed", "Trains cancelled")) {
                XWPFParagraph li = paragraph(doc, "ListParagraph", null);
                li.setNumID(list);
                run(li, item.substring(0, item.indexOf(' ')), false, item.startsWith("Schools"));
                run(li, item.substring(item.indexOf(' ')), false, false);
            }

            paragraph(doc, "Quote", "“Looks like something is being sent to the Korean border.”");

            XWPFParagraph picture = paragraph(doc, null, null);
            try {
                picture.createRun()
                        .addPicture(
                                new ByteArrayInputStream(PNG),
                                Document.PICTURE_TYPE_PNG,
                                "train.png",
                                100_000,
                                100_000);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            paragraph(doc, "Caption", "A train carries armoured vehicles (Photo via AFP)");
            paragraph(doc, null, "An image grabbed from footage shows a helicopter (Photo via AFP)");

            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Troops");
            table.getRow(0).getCell(1).setText("150,000");
            table.getRow(1).getCell(0).setText("Trains");
            table.getRow(1).getCell(1).setText("Three");

            paragraph(doc, null, "Back to top button");
        });

        ImportedStory story = reader.parse(file);

        assertEquals(List.of("Asia-Pacific", "Korea", "World News"), story.sections());
        assertEquals("Russia sends troops to border with North Korea: Reports", story.headline());
        assertEquals(
                List.of(
                        BlockType.PARAGRAPH,
                        BlockType.SUBHEADING,
                        BlockType.PARAGRAPH,
                        BlockType.LIST,
                        BlockType.QUOTE,
                        BlockType.CAPTION,
                        BlockType.CAPTION,
                        BlockType.PARAGRAPH,
                        BlockType.PARAGRAPH,
                        BlockType.PARAGRAPH,
                        BlockType.PARAGRAPH),
                types(story));
        List<ImportedBlock> blocks = story.blocks();

        ImportedBlock first = blocks.get(0);
        assertEquals("Video footage has emerged, local media reported on Saturday.", first.text());
        assertEquals(
                List.of(Mark.link(27, 38, "https://example.org/report"), Mark.bold(39, 47), Mark.italic(51, 59)),
                first.marks());
        assertEquals(
                List.of("LINK:local media→https://example.org/report", "BOLD:reported", "ITALIC:Saturday"),
                marked(first));

        assertEquals("‘Chine mobilizes forces, too’", blocks.get(1).text());
        assertEquals("Watch the video here.", blocks.get(2).text());
        assertEquals(List.of(), blocks.get(2).marks(), "a javascript: link keeps its words and loses the link");

        assertEquals("Schools closed\nTrains cancelled", blocks.get(3).text());
        assertEquals(List.of(Mark.italic(0, 7)), blocks.get(3).marks());

        assertEquals(
                "“Looks like something is being sent to the Korean border.”",
                blocks.get(4).text());
        assertEquals(
                "A train carries armoured vehicles (Photo via AFP)",
                blocks.get(5).text());
        assertEquals(
                "An image grabbed from footage shows a helicopter (Photo via AFP)",
                blocks.get(6).text());
        assertEquals(
                List.of("Troops", "150,000", "Trains", "Three"),
                blocks.subList(7, 11).stream().map(ImportedBlock::text).toList());

        assertEquals(List.of("Back to top button"), story.debris());
        String all = story.toString();
        assertFalse(all.contains("header") || all.contains("footer") || all.contains("train.png"), all);
    }

    @Test
    void stylesAreKnownByTheirNamesAndThoseTheyAreBasedOn() {
        ImportedStory story = reader.parse(docx(doc -> {
            style(doc, "berschrift1", "heading 1");
            style(doc, "berschrift3", "heading 3");
            style(doc, "Zitat", "Quote");
            CTStyle mine = CTStyle.Factory.newInstance();
            mine.setStyleId("MyQuote");
            mine.setType(STStyleType.PARAGRAPH);
            mine.addNewName().setVal("My pull quote");
            mine.addNewBasedOn().setVal("Zitat");
            doc.getStyles().addStyle(new XWPFStyle(mine));

            paragraph(doc, null, "A first paragraph before the heading.");
            paragraph(doc, "berschrift1", "Floods reach the city");
            paragraph(doc, "berschrift3", "Residents leave");
            paragraph(doc, "MyQuote", "We have never seen it like this.");
            paragraph(doc, "berschrift1", "A second heading 1");
        }));
        assertEquals("Floods reach the city", story.headline(), "the first Heading 1, not the first paragraph");
        assertEquals(
                List.of(BlockType.PARAGRAPH, BlockType.SUBHEADING, BlockType.QUOTE, BlockType.SUBHEADING),
                types(story));
    }

    @Test
    void withoutTitleOrHeading1TheFirstParagraphIsTheHeadline() {
        ImportedStory story = reader.parse(docx(doc -> {
            paragraph(doc, null, "Storm closes   roads");
            XWPFParagraph p = paragraph(doc, null, "The ");
            run(p, "storm", true, false);
            run(p, " closed roads, the ministry said.", false, false);
        }));
        assertEquals("Storm closes roads", story.headline());
        assertEquals(List.of(), story.sections());
        assertEquals(
                "The storm closed roads, the ministry said.",
                story.blocks().get(0).text());
        assertEquals(List.of(Mark.bold(4, 9)), story.blocks().get(0).marks());
        assertEquals(
                new StoryImporter(List.of())
                        .parse("Storm closes roads\n\nThe storm closed roads, the ministry said.")
                        .fingerprint(),
                story.fingerprint(),
                "the same story as text and as Word: the same fingerprint");
    }

    @Test
    void boldAcrossRunsIsOneMarkAndTwoListsInARowAreTwoBlocks() {
        ImportedStory story = reader.parse(docx(doc -> {
            paragraph(doc, "Title", "Headline");
            XWPFParagraph p = paragraph(doc, null, null);
            run(p, "Very ", true, false);
            run(p, "bold", true, true);
            run(p, " words", false, false);
            XWPFParagraph link = paragraph(doc, null, "Mail ");
            var h = link.createHyperlinkRun("mailto:desk@example.org");
            h.setText("the ");
            XWPFRun second = link.createHyperlinkRun("mailto:desk@example.org");
            second.setText("desk");
            BigInteger one = numbered(doc);
            BigInteger two = numbered(doc);
            paragraph(doc, null, "A").setNumID(one);
            paragraph(doc, null, "B").setNumID(one);
            paragraph(doc, null, "C").setNumID(two);
        }));
        ImportedBlock bold = story.blocks().get(0);
        assertEquals("Very bold words", bold.text());
        assertEquals(List.of(Mark.bold(0, 9), Mark.italic(5, 9)), bold.marks());
        assertEquals("Mail the desk", story.blocks().get(1).text());
        assertEquals(
                List.of("LINK:the→mailto:desk@example.org", "LINK:desk→mailto:desk@example.org"),
                marked(story.blocks().get(1)),
                "two links (two w:hyperlink elements) stay two links");
        assertEquals(
                List.of("A\nB", "C"),
                story.blocks().subList(2, 4).stream().map(ImportedBlock::text).toList());
        assertEquals(List.of(BlockType.LIST, BlockType.LIST), types(story).subList(2, 4));
    }

    @Test
    void theSeedStoryAsWordReadsAsTheSeedStoryAsText() {
        String seed = StoryImporterTest.resource("/seed/russia-troops-north-korea.txt");
        ImportedStory text = new StoryImporter(SECTIONS).parse(seed);
        String subheading = "‘Chine mobilizes forces, too’";

        // paragraph by paragraph, as a reporter pastes it into Word; the subheading styled as Word's Heading 2
        ImportedStory word = reader.parse(docx(doc -> {
            for (String paragraph : seed.split("\\n\\s*\\n")) {
                paragraph(doc, paragraph.strip().equals(subheading) ? "Heading2" : null, paragraph.strip());
            }
        }));
        assertEquals(text.sections(), word.sections());
        assertEquals(text.headline(), word.headline());
        assertEquals(text.standfirst(), word.standfirst());
        assertEquals(text.blocks(), word.blocks());
        assertEquals(text.debris(), word.debris());
        assertEquals(text.fingerprint(), word.fingerprint());

        // every paragraph Normal: only a heading style makes a subheading in Word, as only h2–h6 do in HTML, so
        // the short line in single quotes reads as what its text is, one quotation; nothing else changes, not
        // even the fingerprint
        ImportedStory plain = reader.parse(docx(doc -> {
            for (String paragraph : seed.split("\\n\\s*\\n")) {
                paragraph(doc, null, paragraph);
            }
        }));
        List<ImportedBlock> expected = new ArrayList<>(text.blocks());
        int at = expected.indexOf(new ImportedBlock(BlockType.SUBHEADING, subheading));
        expected.set(at, new ImportedBlock(BlockType.QUOTE, subheading));
        assertEquals(expected, plain.blocks());
        assertEquals(text.headline(), plain.headline());
        assertEquals(text.debris(), plain.debris());
        assertEquals(text.fingerprint(), plain.fingerprint());
    }

    // What is refused

    private String refused(byte[] file) {
        return assertThrows(ImportException.class, () -> reader.parse(file)).getMessage();
    }

    @Test
    void randomBytesAreNotAWordDocument() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        bytes[0] = 'x';
        assertEquals("The file is not a Word document (.docx).", refused(bytes));
        assertEquals("The Word document to import is empty.", refused(new byte[0]));
        assertTrue(refused("<html><p>Hello</p></html>".getBytes(StandardCharsets.UTF_8))
                .contains("import HTML as HTML"));
        assertTrue(
                refused("{\\rtf1\\ansi Hello}".getBytes(StandardCharsets.UTF_8)).contains(".rtf"));
    }

    @Test
    void randomBytesAfterAZipHeaderAreRefusedWithoutAFault() {
        Random random = new Random(7);
        for (int i = 0; i < 50; i++) {
            byte[] bytes = new byte[10 + random.nextInt(2000)];
            random.nextBytes(bytes);
            System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, bytes, 0, 4);
            assertTrue(refused(bytes).startsWith("The file cannot be read as a Word document (.docx)"));
        }
        byte[] word = docx(doc -> paragraph(doc, null, "Some text"));
        for (int cut : new int[] {10, 100, word.length / 2, word.length - 30}) {
            assertTrue(refused(java.util.Arrays.copyOf(word, cut)).contains(".docx"), "cut at " + cut);
        }
    }

    @Test
    void aZipThatIsNotAWordDocumentIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("story.txt"));
            zip.write("Storm closes roads".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(
                refused(out.toByteArray()).startsWith("The file cannot be read as a Word document (.docx)"),
                refused(out.toByteArray()));

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Figures").createRow(0).createCell(0).setCellValue("Storm closes roads");
            workbook.write(xlsx);
        }
        assertTrue(refused(xlsx.toByteArray()).contains("not a Word document"), refused(xlsx.toByteArray()));
    }

    @Test
    void anEmptyWordDocumentHoldsNoText() {
        assertEquals("The Word document to import holds no text.", refused(docx(doc -> {})));
        assertEquals("The Word document to import holds no text.", refused(docx(doc -> paragraph(doc, null, "  "))));
        assertEquals(
                "The Word document to import holds nothing but scrape debris: Back to top button.",
                refused(docx(doc -> paragraph(doc, null, "Back to top button"))));
    }

    @Test
    void anOldWordDocumentAndAPasswordProtectedOneAreRefusedWithWhatTheyAre() throws Exception {
        ByteArrayOutputStream doc = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[512]), "WordDocument");
            fs.writeFilesystem(doc);
        }
        assertTrue(refused(doc.toByteArray()).contains("old Word document (.doc)"), refused(doc.toByteArray()));

        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(docx(d -> paragraph(d, null, "A secret story")));
            }
            fs.writeFilesystem(encrypted);
        }
        assertTrue(
                refused(encrypted.toByteArray()).contains("protected by a password"), refused(encrypted.toByteArray()));
    }

    /** A zip whose one entry unpacks to {@code size} bytes of one letter: a thousand times its packed size. */
    private static byte[] bomb(long size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'a');
            for (long written = 0; written < size; written += chunk.length) {
                zip.write(chunk);
            }
        }
        return out.toByteArray();
    }

    @Test
    void aZipBombIsRefusedBeforeItFillsTheMemory() throws IOException {
        byte[] bomb = bomb(40L * 1024 * 1024);
        assertTrue(bomb.length < 200_000, "packed: " + bomb.length);
        assertEquals(
                "The file cannot be read as a Word document (.docx): it unpacks to far more than a document of "
                        + "its size holds.",
                refused(bomb));
    }

    @Test
    void manyPartsThatTogetherUnpackTooFarAreRefused() throws IOException {
        // each part only ~25 times its packed size (under POI's ratio), together over the limit
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Random random = new Random(3);
        byte[] chunk = new byte[1024];
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (int part = 0; part * 4L * 1024 * 1024 <= DocxStoryReader.MAX_UNPACKED_BYTES; part++) {
                zip.putNextEntry(new ZipEntry("word/part" + part + ".xml"));
                for (int k = 0; k < 4 * 1024; k++) {
                    java.util.Arrays.fill(chunk, (byte) ' ');
                    for (int j = 0; j < 24; j++) {
                        chunk[random.nextInt(chunk.length)] = (byte) ('a' + random.nextInt(26));
                    }
                    zip.write(chunk);
                }
            }
        }
        byte[] file = out.toByteArray();
        assertTrue(file.length < DocxStoryReader.MAX_BYTES, "packed: " + file.length);
        assertTrue(refused(file).contains("unpacks to far more"), refused(file));
    }

    @Test
    void aFileOverTheLimitIsRefusedUnread() {
        byte[] large = new byte[DocxStoryReader.MAX_BYTES + 1];
        large[0] = 'P';
        assertEquals("The Word document is larger than 8 MiB.", refused(large));
    }

    @Test
    void aDocxIsToldByItsFirstBytes() {
        assertTrue(DocxStoryReader.looksLikeDocx(docx(doc -> paragraph(doc, null, "x"))));
        assertFalse(DocxStoryReader.looksLikeDocx("Plain text".getBytes(StandardCharsets.UTF_8)));
        assertFalse(DocxStoryReader.looksLikeDocx(new byte[] {'P', 'K'}));
    }
}
