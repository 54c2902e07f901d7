package org.copydesk.engine.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.copydesk.domain.story.BlockType;
import org.copydesk.domain.story.Mark;
import org.copydesk.domain.story.MarkType;
import org.junit.jupiter.api.Test;

class HtmlStoryReaderTest {

    private final HtmlStoryReader reader = new HtmlStoryReader(List.of("Asia-Pacific", "Korea", "World News"));

    private static List<String> marked(ImportedBlock block) {
        return block.marks().stream()
                .map(m -> m.type() + ":" + block.text().substring(m.start(), m.end())
                        + (m.href() == null ? "" : "→" + m.href()))
                .toList();
    }

    @Test
    void aWebPageBecomesHeadlineSectionsBlocksAndMarksWithoutItsDebris() {
        ImportedStory story = reader.parse(
                """
                <html><head><title>Site name | Russia sends troops</title><script>alert(1)</script></head><body>
                <nav><a href="/">Home</a></nav>
                <article>
                  <p>Asia-PacificKoreaWorld News</p>
                  <h1>Russia sends troops to border with North Korea: Reports</h1>
                  <p>Video footage has emerged, <a href="https://example.org/report">local   media</a>
                     <b>reported</b>.</p>
                  <h2>‘Chine mobilizes forces, too’</h2>
                  <blockquote>“Looks like something is being sent to the Korean border.”</blockquote>
                  <figure><img src="x.jpg" onerror="alert(1)"><figcaption>A helicopter (Photo via AFP)</figcaption></figure>
                  <p>An image grabbed from footage shows a helicopter (Photo via AFP)</p>
                  <ul><li>Schools <i>closed</i></li><li>Trains cancelled</li></ul>
                  <p>Back to top button</p>
                </article></body></html>""");
        assertEquals(List.of("Asia-Pacific", "Korea", "World News"), story.sections());
        assertEquals("Russia sends troops to border with North Korea: Reports", story.headline());
        List<ImportedBlock> blocks = story.blocks();
        assertEquals(
                List.of(
                        BlockType.PARAGRAPH,
                        BlockType.SUBHEADING,
                        BlockType.QUOTE,
                        BlockType.CAPTION,
                        BlockType.CAPTION,
                        BlockType.LIST),
                blocks.stream().map(ImportedBlock::type).toList());
        assertEquals(
                "Video footage has emerged, local media reported.",
                blocks.get(0).text());
        assertEquals(List.of("LINK:local media→https://example.org/report", "BOLD:reported"), marked(blocks.get(0)));
        assertEquals("Schools closed\nTrains cancelled", blocks.get(5).text());
        assertEquals(List.of("ITALIC:closed"), marked(blocks.get(5)));
        assertEquals(List.of("Back to top button"), story.debris());
    }

    @Test
    void wordClipboardKeepsEmphasisAndDropsOfficeMarkup() {
        ImportedStory story = reader.parse(
                """
                <html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head>
                <body lang=EN-GB style='tab-interval:36.0pt'>
                <h1 class=MsoTitle>Storm closes roads</h1>
                <p class=MsoNormal>The storm <b><span style='font-size:12.0pt'>closed</span></b> roads, the
                <i style='mso-bidi-font-style:normal'>ministry</i> said.<o:p></o:p></p>
                <p class=MsoNormal><o:p>&nbsp;</o:p></p>
                </body></html>""");
        assertEquals("Storm closes roads", story.headline());
        assertEquals(1, story.blocks().size());
        assertEquals(
                "The storm closed roads, the ministry said.",
                story.blocks().get(0).text());
        assertEquals(
                List.of("BOLD:closed", "ITALIC:ministry"), marked(story.blocks().get(0)));
    }

    @Test
    void googleDocsClipboardIsNotAllBoldAndKeepsItsParagraphs() {
        ImportedStory story = reader.parse(
                "<meta charset=\"utf-8\"><b style=\"font-weight:normal;\" id=\"docs-internal-guid-1\">"
                        + "<p dir=\"ltr\"><span style=\"font-size:11pt;font-weight:700\">Floods</span><span> reach the city</span></p>"
                        + "<br><p dir=\"ltr\"><span style=\"font-style:italic\">Residents</span><span> were told to leave.</span></p></b>");
        assertEquals("Floods reach the city", story.headline());
        assertEquals(1, story.blocks().size());
        assertEquals("Residents were told to leave.", story.blocks().get(0).text());
        assertEquals(List.of("ITALIC:Residents"), marked(story.blocks().get(0)));
    }

    @Test
    void unsafeLinksKeepTheirWordsAndLoseTheAddress() {
        ImportedStory story =
                reader.parse("<h1>Headline</h1><p><a href=\"javascript:alert(1)\" onclick=\"x()\">Click</a> "
                        + "<a href=\"data:text/html,x\">here</a> and <a href=\"mailto:desk@example.org\">write</a>"
                        + "<img src=x onerror=alert(1)><script>document.cookie</script></p>");
        ImportedBlock block = story.blocks().get(0);
        assertEquals("Click here and write", block.text());
        assertEquals(List.of("LINK:write→mailto:desk@example.org"), marked(block));
        assertTrue(block.marks().stream()
                .allMatch(m -> m.type() != MarkType.LINK || m.href().startsWith("mailto:")));
    }

    @Test
    void htmlWithoutTextIsRefusedWithAReason() {
        assertEquals(
                "The HTML to import holds no text.",
                assertThrows(ImportException.class, () -> reader.parse("<script>x</script><img src=a>"))
                        .getMessage());
        assertTrue(assertThrows(ImportException.class, () -> reader.parse("<p>Back to top button</p>"))
                .getMessage()
                .contains("nothing but scrape debris"));
    }

    @Test
    void theSameStoryAsHtmlAndAsTextHasTheSameFingerprint() {
        String text = "Storm closes roads\n\nThe storm closed roads, the ministry said.";
        ImportedStory plain = new StoryImporter(List.of()).parse(text);
        ImportedStory html =
                reader.parse("<h1>Storm closes roads</h1><p>The <b>storm</b> closed roads, the ministry said.</p>");
        assertEquals(plain.fingerprint(), html.fingerprint());
        assertEquals(List.of(Mark.bold(4, 9)), html.blocks().get(0).marks());
    }
}
