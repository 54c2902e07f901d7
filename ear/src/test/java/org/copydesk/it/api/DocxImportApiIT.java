package org.copydesk.it.api;

import static org.copydesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/stories/import} with a Word document (docs/editor.md, "Import from HTML, Word and Google
 * Docs"): the file's bytes as the body, read into blocks and marks; a body that is not a .docx is a 400 and
 * one over the limit a 413, both problem+json.
 */
class DocxImportApiIT extends ApiTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final int LIMIT = 8 * 1024 * 1024;

    private HttpResponse<String> importDocx(byte[] body, boolean chunked) {
        return reporter.send(reporter.request("stories/import")
                .header("Content-Type", DOCX)
                .POST(
                        chunked
                                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                                : HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static void assertProblem(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        assertTrue(json(response).getString("detail", "").length() > 10, response.body());
    }

    private static byte[] document(String headline) throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setStyle("Title");
            title.createRun().setText(headline);
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("The harbour closed on Monday, ");
            p.createHyperlinkRun("https://example.org/port").setText("the port authority");
            p.createRun().setText(" ");
            XWPFRun said = p.createRun();
            said.setText("said");
            said.setBold(true);
            p.createRun().setText(".");
            XWPFParagraph subheading = doc.createParagraph();
            subheading.setStyle("Heading2");
            subheading.createRun().setText("Ferries stay in port");
            XWPFParagraph unsafe = doc.createParagraph();
            unsafe.createHyperlinkRun("javascript:alert(3)").setText("Read more");
            doc.createParagraph().createRun().setText("Back to top button");
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aWordDocumentIsImportedWithItsStructureAndMarks() throws IOException {
        byte[] docx = document("Harbour closes after storm " + UUID.randomUUID());
        HttpResponse<String> created = importDocx(docx, false);
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(
                created.headers().firstValue("Location").orElse("").contains("/stories/"),
                created.headers().toString());
        JsonObject imported = json(created);
        JsonObject story = imported.getJsonObject("story");
        assertTrue(story.getString("headline").startsWith("Harbour closes after storm"), created.body());
        var blocks = story.getJsonArray("blocks");
        assertEquals(
                List.of("PARAGRAPH", "SUBHEADING", "PARAGRAPH"),
                blocks.stream().map(b -> b.asJsonObject().getString("type")).toList());
        JsonObject first = blocks.getJsonObject(0);
        assertEquals("The harbour closed on Monday, the port authority said.", first.getString("text"));
        List<JsonObject> marks = first.getJsonArray("marks").stream()
                .map(JsonValue::asJsonObject)
                .toList();
        assertEquals(2, marks.size(), first.toString());
        JsonObject link = marks.stream()
                .filter(m -> m.getString("type").equals("LINK"))
                .findFirst()
                .orElseThrow();
        assertEquals("https://example.org/port", link.getString("href"));
        assertEquals(30, link.getInt("start"));
        assertEquals(48, link.getInt("end"));
        JsonObject bold = marks.stream()
                .filter(m -> m.getString("type").equals("BOLD"))
                .findFirst()
                .orElseThrow();
        assertEquals(49, bold.getInt("start"));
        assertEquals(53, bold.getInt("end"));
        assertEquals("Read more", blocks.getJsonObject(2).getString("text"));
        assertTrue(
                blocks.getJsonObject(2).getJsonArray("marks").isEmpty(),
                blocks.getJsonObject(2).toString());
        assertEquals("Back to top button", imported.getJsonArray("debris").getString(0));
        assertTrue(!created.body().contains("alert"), created.body());

        // the same document again is a duplicate, unless asked for a copy
        assertProblem(409, importDocx(docx, false));
        HttpResponse<String> copy = reporter.send(reporter.request("stories/import?allowDuplicate=true")
                .header("Content-Type", DOCX)
                .POST(HttpRequest.BodyPublishers.ofByteArray(docx)));
        assertEquals(201, copy.statusCode(), copy.body());
    }

    @Test
    void aBodyThatIsNotAWordDocumentIsA400() {
        byte[] random = new byte[5000];
        new Random(11).nextBytes(random);
        random[0] = 'x';
        HttpResponse<String> refused = importDocx(random, false);
        assertProblem(400, refused);
        assertEquals("The file is not a Word document (.docx).", json(refused).getString("detail"));

        byte[] brokenZip = random.clone();
        System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, brokenZip, 0, 4);
        HttpResponse<String> broken = importDocx(brokenZip, true);
        assertProblem(400, broken);
        assertTrue(json(broken).getString("detail").contains(".docx"), broken.body());

        assertProblem(400, importDocx(new byte[0], false));
    }

    @Test
    void aBodyOverTheLimitIsA413DeclaredOrChunked() {
        byte[] large = new byte[LIMIT + 1];
        large[0] = 'P';
        large[1] = 'K';
        for (boolean chunked : new boolean[] {false, true}) {
            HttpResponse<String> refused = importDocx(large, chunked);
            assertProblem(413, refused);
            assertTrue(json(refused).getString("detail").contains("8 MiB"), refused.body());
        }
    }
}
