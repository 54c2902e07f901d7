package org.copydesk.it.api;

import static org.copydesk.it.Api.json;
import static org.copydesk.it.Desks.move;
import static org.copydesk.it.api.StoryApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.copydesk.it.Api;
import org.copydesk.it.Desks;
import org.copydesk.it.ServerUrls;
import org.copydesk.it.TestPictures;
import org.copydesk.it.Texts;
import org.junit.jupiter.api.Test;

/**
 * Pictures through the API (docs/editor.md, "Pictures"): upload with renditions, the library, every refusal as a
 * problem, and the seed's AFP photo as a picture block — its credit an attribution of the sourcing review, the
 * story refused at sign-off while the picture has no alt text, then published with the picture served to readers
 * (and never before) and on the public page with srcset, alt text and JSON-LD.
 */
class PicturesApiIT extends ApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<byte[]> fetch(String path, Api as) {
        HttpRequest.Builder request = HttpRequest.newBuilder(ServerUrls.base().resolve(path.substring(1)));
        try {
            return HTTP.send(
                    (as == null ? request : as.authorize(request)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private long upload(byte[] picture, String query) {
        HttpResponse<String> created = TestPictures.upload(reporter, picture, "image/jpeg", query);
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getJsonNumber("id").longValue();
    }

    @Test
    void aPictureIsStoredOnceWithRenditionsAndFoundInTheLibrary() throws IOException {
        byte[] jpeg = TestPictures.picture(1200, 800, "jpeg", "Parade");
        String credit = "Agence " + Texts.uniqueName();
        HttpResponse<String> created = TestPictures.upload(
                reporter,
                jpeg,
                "image/jpeg",
                "credit=" + credit.replace(" ", "%20") + "&alt=Missiles%20on%20trucks&name=parade.jpg");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject picture = json(created);
        long id = picture.getJsonNumber("id").longValue();
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/media/" + id));
        assertEquals(1200, picture.getInt("width"));
        assertEquals(800, picture.getInt("height"));
        assertEquals("/copydesk/media/" + id, picture.getString("url"));
        assertEquals(
                List.of(320, 640, 1024, 1200),
                picture.getJsonArray("widths").getValuesAs(v -> ((jakarta.json.JsonNumber) v).intValue()));
        assertEquals(credit, picture.getString("credit"));
        assertEquals("Missiles on trucks", picture.getString("alt"));

        // the same bytes again (even named otherwise, as PNG): the same picture, 200
        HttpResponse<String> again = TestPictures.upload(editor, jpeg, "image/png", null);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(id, json(again).getJsonNumber("id").longValue());

        JsonObject library =
                json(copyEditor.get("media?q=" + credit.substring(7).replace(" ", "%20")));
        assertEquals(1, library.getJsonNumber("total").longValue(), library.toString());
        assertEquals(
                id,
                library.getJsonArray("items")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue());

        // readers get nothing until a published story shows it
        assertEquals(
                404,
                fetch("/media/" + id + "?w=500", null).statusCode(),
                "readers never see a picture no published story shows");
        assertEquals(1200, json(reporter.get("media/" + id)).getInt("width"));
        assertEquals(404, reporter.get("media/987654321").statusCode());
    }

    @Test
    void everyRefusalIsAProblemThatSaysWhy() {
        assertProblem(
                TestPictures.upload(reporter, "<svg onload=alert(1)>".getBytes(), "image/png", null),
                415,
                "not a JPEG, PNG or WebP");
        assertProblem(
                TestPictures.upload(reporter, TestPictures.picture(40, 40, "jpeg", "x"), "text/plain", null),
                415,
                "Content-Type");
        byte[] cut = Arrays.copyOf(TestPictures.picture(400, 300, "jpeg", "cut"), 60);
        assertProblem(TestPictures.upload(reporter, cut, "image/jpeg", null), 400, "cannot be read");
        byte[] big = new byte[11 * 1024 * 1024];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        assertProblem(TestPictures.upload(reporter, big, "image/jpeg", null), 413, "10 MiB");
        assertProblem(
                TestPictures.upload(admin, TestPictures.picture(40, 40, "jpeg", "admin"), "image/jpeg", null), 403, "");
        assertEquals(
                401,
                TestPictures.upload(Api.anonymous(), TestPictures.picture(40, 40, "jpeg", "anon"), "image/jpeg", null)
                        .statusCode());
        assertProblem(
                TestPictures.upload(
                        reporter,
                        TestPictures.picture(40, 40, "jpeg", "long"),
                        "image/jpeg",
                        "credit=" + "x".repeat(201)),
                400,
                "");
    }

    private HttpResponse<String> save(long id, int index, JsonObject replacement) {
        return Desks.replaceBlock(reporter, id, index, replacement, "The AFP photo");
    }

    @Test
    void theSeedsPhotoTravelsThePathAndReachesReadersOnlyWithAltText() throws IOException, InterruptedException {
        long id = Desks.importCopy(Texts.seed());
        JsonArray blocks = json(reporter.get("stories/" + id)).getJsonArray("blocks");
        int caption = Desks.blockStartingWith(reporter, id, "North Korea’s ballistic missiles");
        assertTrue(caption > 0, "the seed's photo caption");
        String key = blocks.getJsonObject(caption).getString("key");
        long media = upload(TestPictures.picture(1600, 1000, "jpeg", "Pyongyang"), "credit=AFP");
        JsonObject picture = Json.createObjectBuilder()
                .add("key", key)
                .add("type", "IMAGE")
                .add("mediaId", media)
                .add(
                        "caption",
                        "North Korea’s ballistic missiles are being displayed during a military parade in the "
                                + "capital, Pyongyang, April 15, 2017.")
                .add("credit", "AFP")
                .build();

        // a picture nobody uploaded, marks on a caption, no credit: each a 400 that says so
        assertProblem(
                save(
                        id,
                        caption,
                        Json.createObjectBuilder(picture)
                                .add("mediaId", 987_654_321L)
                                .build()),
                400,
                "no picture 987654321");
        JsonObject withMarks = Json.createObjectBuilder(picture)
                .add(
                        "marks",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("type", "BOLD")
                                        .add("start", 0)
                                        .add("end", 5)))
                .build();
        assertProblem(save(id, caption, withMarks), 400, "no bold, italic or links");
        assertProblem(
                save(
                        id,
                        caption,
                        Json.createObjectBuilder(picture).add("credit", " ").build()),
                400,
                "needs a credit");

        HttpResponse<String> saved = save(id, caption, picture);
        assertEquals(200, saved.statusCode(), saved.body());
        JsonObject block = json(saved).getJsonArray("blocks").getJsonObject(caption);
        assertEquals("IMAGE", block.getString("type"));
        assertEquals(key, block.getString("key"), "the caption's key stays: its attribution stays anchored");
        assertEquals(media, block.getJsonNumber("mediaId").longValue());
        assertEquals("AFP", block.getString("credit"));
        assertTrue(block.getString("text").endsWith("2017. (Photo via AFP)"), block.getString("text"));
        assertFalse(block.containsKey("alt"));

        // the credit is an attribution of the sourcing review, proposed as the photo agency it names
        Desks.toCopyDesk(id);
        JsonObject credit = Api.parse(
                        editor.get("stories/" + id + "/attributions").body())
                .asJsonArray()
                .stream()
                .map(JsonValue::asJsonObject)
                .filter(a -> a.getString("blockKey", "").equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no attribution in the picture's caption"));
        assertTrue(credit.getString("span").contains("Photo via AFP"), credit.toString());
        assertEquals("AFP", credit.getJsonObject("source").getString("name"));

        // no alt text: sign-off is refused with the reason
        for (JsonValue f :
                Api.parse(copyEditor.get("stories/" + id + "/findings").body()).asJsonArray()) {
            if ("OPEN".equals(f.asJsonObject().getString("status"))) {
                copyEditor.postJson(
                        "stories/" + id + "/findings/" + f.asJsonObject().getJsonNumber("id") + "/dismiss",
                        "{\"reason\":\"House style allows it\"}");
            }
        }
        HttpResponse<String> refused = move(copyEditor, id, "READY");
        assertProblem(refused, 409, "");
        assertTrue(refused.body().contains("needs alt text"), refused.body());
        assertEquals(404, fetch("/media/" + media + "?w=640", null).statusCode());

        JsonObject story = json(copyEditor.get("stories/" + id));
        JsonObject withAlt = Json.createObjectBuilder()
                .add("key", key)
                .add("type", "IMAGE")
                .add("mediaId", media)
                .add("text", story.getJsonArray("blocks").getJsonObject(caption).getString("text"))
                .add("alt", "Missiles on trucks roll past a crowd in a Pyongyang square.")
                .build();
        HttpResponse<String> altSaved = Desks.replaceBlock(copyEditor, id, caption, withAlt, "Alt text for the photo");
        assertEquals(200, altSaved.statusCode(), altSaved.body());
        Desks.signOffAndPublish(id);

        // readers: the picture, at the width asked, cacheable; the page with srcset, alt and JSON-LD
        HttpResponse<byte[]> file = fetch("/media/" + media + "?w=640", null);
        assertEquals(200, file.statusCode());
        assertEquals("image/jpeg", file.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(file.headers().firstValue("Cache-Control").orElseThrow().contains("public"));
        assertEquals(640, ImageIO.read(new ByteArrayInputStream(file.body())).getWidth());
        String etag = file.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = HTTP.send(
                HttpRequest.newBuilder(ServerUrls.base().resolve("media/" + media + "?w=640"))
                        .header("If-None-Match", etag)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(304, again.statusCode());
        assertEquals(400, fetch("/media/" + media + "?w=abc", null).statusCode());

        String slug = json(reporter.get("stories/" + id)).getString("slug");
        String page = new String(fetch("/read/" + slug, null).body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(page.contains("srcset=\"/copydesk/media/" + media + "?w=320 320w"), page);
        assertTrue(page.contains("alt=\"Missiles on trucks roll past a crowd in a Pyongyang square.\""), page);
        assertTrue(page.contains("loading=\"lazy\""));
        assertTrue(page.contains("<figcaption>North Korea’s ballistic missiles"), page);
        assertTrue(page.contains("\"@type\":\"ImageObject\""), page);
    }
}
