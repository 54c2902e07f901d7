package org.copydesk.it.api;

import static org.copydesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.copydesk.it.Api;
import org.copydesk.it.Desks;
import org.copydesk.it.TestPictures;
import org.copydesk.it.Texts;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/stories/{id}/ninjs} (DESIGN "Additions — Delivery"): every item served is valid against the IPTC's
 * ninjs 2.2 JSON Schema (test resource ninjs/, formats asserted), whatever the story: the seed with its photo and a
 * correction, a draft, a retracted story; and the item says what the public page says.
 */
class NinjsIT extends ApiTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = schema();

    private static JsonSchema schema() {
        try (InputStream in = NinjsIT.class.getResourceAsStream("/ninjs/ninjs-schema_2.2.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(
                            in,
                            SchemaValidatorsConfig.builder()
                                    .formatAssertionsEnabled(true)
                                    .build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the schema finds wrong with the item; empty when it is valid. */
    static Set<String> violations(JsonNode item) {
        return SCHEMA.validate(item).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
    }

    /** The story's ninjs item, checked valid against the schema. */
    private JsonObject validItem(long id) throws IOException {
        HttpResponse<String> answer = editor.get("stories/" + id + "/ninjs");
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals(Set.of(), violations(MAPPER.readTree(answer.body())), answer.body());
        return json(answer);
    }

    @Test
    void theSeedWithItsPhotoIsAValidNinjsItem() throws IOException {
        long id = Desks.importCopy(Texts.seed());
        JsonArray blocks = json(reporter.get("stories/" + id)).getJsonArray("blocks");
        int caption = Desks.blockStartingWith(reporter, id, "North Korea’s ballistic missiles");
        assertTrue(caption > 0, "the seed's photo caption");
        HttpResponse<String> uploaded = TestPictures.upload(
                reporter, TestPictures.picture(1600, 1000, "jpeg", "ninjs"), "image/jpeg", "credit=AFP");
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        long media = json(uploaded).getJsonNumber("id").longValue();
        HttpResponse<String> saved = Desks.replaceBlock(
                reporter,
                id,
                caption,
                Json.createObjectBuilder()
                        .add("key", blocks.getJsonObject(caption).getString("key"))
                        .add("type", "IMAGE")
                        .add("mediaId", media)
                        .add(
                                "caption",
                                "North Korea’s ballistic missiles are displayed during a military parade in Pyongyang.")
                        .add("credit", "AFP")
                        .add("alt", "Missiles on trucks roll past a crowd & a \"stand\".")
                        .build(),
                "The AFP photo");
        assertEquals(200, saved.statusCode(), saved.body());

        JsonObject draft = validItem(id);
        assertEquals("withheld", draft.getString("pubstatus"), "a draft is withheld");

        Desks.toCopyDesk(id);
        Desks.signOffAndPublish(id);
        JsonObject item = validItem(id);
        JsonObject story = json(editor.get("stories/" + id));
        assertEquals("usable", item.getString("pubstatus"));
        assertTrue(item.getString("uri").endsWith("/copydesk/read/" + story.getString("slug")), item.getString("uri"));
        assertEquals("ninjs", item.getJsonObject("standard").getString("name"));
        assertEquals("2.2", item.getJsonObject("standard").getString("version"));
        assertEquals(String.valueOf(story.getInt("revision")), item.getString("version"));
        assertEquals(
                story.getString("headline"),
                item.getJsonArray("headlines").getJsonObject(0).getString("value"));
        JsonObject html = item.getJsonArray("bodies").getJsonObject(0);
        assertEquals("text/html", html.getString("contenttype"));
        assertTrue(html.getString("value").startsWith("<p>"), html.getString("value"));
        assertTrue(
                html.getString("value")
                        .contains("alt=\"Missiles on trucks roll past a crowd &amp; a &quot;stand&quot;.\""),
                "the alt text escaped in the body's HTML: " + html.getString("value"));
        assertFalse(html.getString("value").contains("Back to top"), "no scrape debris");
        assertTrue(html.getInt("wordcount") > 100, "the seed is a whole story");
        JsonObject picture = item.getJsonArray("associations").getJsonObject(0);
        assertEquals("picture", picture.getString("type"));
        assertEquals("AFP", picture.getString("by"));
        assertTrue(picture.getString("uri").endsWith("/copydesk/media/" + media));
        assertFalse(picture.getJsonArray("renditions").isEmpty());
        JsonObject rendition = picture.getJsonArray("renditions").getJsonObject(0);
        int width = rendition.getInt("width");
        assertEquals(Math.round(1000f * width / 1600), rendition.getInt("height"), "renditions keep the ratio");
        HttpResponse<String> served = Api.anonymous()
                .send(HttpRequest.newBuilder(URI.create(rendition.getString("href")))
                        .GET());
        assertEquals(200, served.statusCode(), "a reader may fetch the published picture: " + rendition);
        assertTrue(item.getJsonArray("trustindicators")
                .getJsonObject(0)
                .getString("href")
                .endsWith("/corrections"));
    }

    @Test
    void aCorrectedStoryCarriesItsNoticeAndARetractedOneIsCanceled() throws IOException {
        String headline =
                "Bank & <central> rates held " + UUID.randomUUID().toString().substring(0, 8);
        long id = Desks.published(headline, "The bank kept rates at 4 percent on Tuesday.");
        assertEquals("usable", validItem(id).getString("pubstatus"));
        String key = json(editor.get("stories/" + id))
                .getJsonArray("blocks")
                .getJsonObject(0)
                .getString("key");
        HttpResponse<String> proposed = copyEditor.postJson(
                "stories/" + id + "/corrections",
                Json.createObjectBuilder()
                        .add("kind", "CORRECTION")
                        .add("blockKey", key)
                        .add("before", "4 percent")
                        .add("after", "4.25 percent")
                        .add("reason", "The bank's statement says 4.25")
                        .add("notice", "An earlier version gave the wrong rate.")
                        .build()
                        .toString());
        assertEquals(201, proposed.statusCode(), proposed.body());
        HttpResponse<String> applied =
                editor.postJson("corrections/" + json(proposed).getJsonNumber("id") + "/apply", "{}");
        assertEquals(200, applied.statusCode(), applied.body());

        JsonObject item = validItem(id);
        assertEquals(
                "<p>The bank kept rates at 4.25 percent on Tuesday.</p>",
                item.getJsonArray("bodies").getJsonObject(0).getString("value"));
        assertEquals(
                "The bank kept rates at 4.25 percent on Tuesday.",
                item.getJsonArray("bodies").getJsonObject(1).getString("value"));
        assertEquals(headline, item.getJsonArray("headlines").getJsonObject(0).getString("value"));
        assertTrue(
                item.getJsonArray("descriptions").stream()
                        .map(JsonObject.class::cast)
                        .anyMatch(d -> d.getString("role").equals("correction")
                                && d.getString("value").startsWith("Correction, ")
                                && d.getString("value").endsWith(": An earlier version gave the wrong rate.")),
                item.getJsonArray("descriptions").toString());

        HttpResponse<String> retracted = Desks.move(editor, id, "RETRACTED", "The rate decision was not final.");
        assertEquals(200, retracted.statusCode(), retracted.body());
        assertEquals("canceled", validItem(id).getString("pubstatus"));
    }

    @Test
    void theSchemaTestCanFail() throws IOException {
        long id = Desks.published(
                "Ferry timetable changes " + UUID.randomUUID().toString().substring(0, 8),
                "The ferry leaves at nine from Monday, the operator said.");
        ObjectNode item = (ObjectNode)
                MAPPER.readTree(editor.get("stories/" + id + "/ninjs").body());
        assertEquals(Set.of(), violations(item));
        ObjectNode noUri = item.deepCopy();
        noUri.remove("uri");
        assertFalse(violations(noUri).isEmpty(), "uri is required");
        ObjectNode badStatus = item.deepCopy();
        badStatus.put("pubstatus", "published");
        assertFalse(violations(badStatus).isEmpty(), "pubstatus is one of usable, withheld, canceled");
        ObjectNode badDate = item.deepCopy();
        badDate.put("versioncreated", "yesterday");
        assertFalse(violations(badDate).isEmpty(), "versioncreated is a date-time");
        ObjectNode extra = item.deepCopy();
        extra.put("copydeskState", "PUBLISHED");
        assertFalse(violations(extra).isEmpty(), "no property ninjs does not define");
    }

    @Test
    void anUnknownStoryIsA404AndReadersAreNotLetIn() {
        StoryApiIT.assertProblem(editor.get("stories/987654321/ninjs"), 404);
        assertEquals(401, Api.anonymous().get("stories/1/ninjs").statusCode());
    }
}
