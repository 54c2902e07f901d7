package org.copydesk.it;

import static org.copydesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Moves a story along the desk through the API, as the people on it would, for tests that start later. */
public final class Desks {

    private static final Api REPORTER = Api.as("reporter");
    private static final Api EDITOR = Api.as("editor");
    private static final Api COPY_EDITOR = Api.as("copyeditor");

    private Desks() {
    }

    /** Imports the text as a new story (a copy on purpose when it was imported before) and answers its id. */
    public static long importCopy(String text) {
        HttpResponse<String> r = REPORTER.post("stories/import?allowDuplicate=true", "text/plain", text);
        assertEquals(201, r.statusCode(), r.body());
        return json(r).getJsonObject("story").getJsonNumber("id").longValue();
    }

    public static HttpResponse<String> move(Api as, long id, String to) {
        return move(as, id, to, null);
    }

    /** Asks for a workflow move, with the note a return or a retraction needs (null: none). */
    public static HttpResponse<String> move(Api as, long id, String to, String note) {
        var body = Json.createObjectBuilder().add("to", to);
        if (note != null) {
            body.add("note", note);
        }
        return as.postJson("stories/" + id + "/transitions", body.build().toString());
    }

    /** Submits, links every attribution to a source named as proposed, verifies them, sends to the copy desk. */
    public static void toCopyDesk(long id) {
        assertEquals(200, move(REPORTER, id, "SOURCING_REVIEW").statusCode());
        for (JsonValue value : Api.parse(EDITOR.get("stories/" + id + "/attributions").body()).asJsonArray()) {
            JsonObject a = value.asJsonObject();
            String name = a.getString("proposedName", "Unnamed source");
            HttpResponse<String> linked = EDITOR.send(EDITOR.request("stories/" + id + "/attributions/"
                    + a.getJsonNumber("id").longValue()).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("newSourceName", name)
                            .add("newSourceKind", a.getString("proposedKind", "PERSON"))
                            // asked for an anonymous source ("officials said"), ignored for any other
                            .add("anonymityReason", "Not authorized to speak; confirmed by a second official.")
                            .build().toString())));
            assertEquals(200, linked.statusCode(), linked.body());
            JsonObject source = json(linked).getJsonObject("source");
            if (!"VERIFIED".equals(source.getString("status"))) {
                HttpResponse<String> verified = EDITOR.send(EDITOR.request("sources/" + source.getJsonNumber("id")
                        .longValue() + "/verification").header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"VERIFIED\",\"note\":\"Checked\"}")));
                assertEquals(200, verified.statusCode(), verified.body());
            }
        }
        HttpResponse<String> moved = move(EDITOR, id, "COPY_EDIT");
        assertEquals(200, moved.statusCode(), moved.body());
    }

    /** Dismisses every open finding, signs off and publishes. */
    public static void signOffAndPublish(long id) {
        signOff(id);
        HttpResponse<String> published = move(EDITOR, id, "PUBLISHED");
        assertEquals(200, published.statusCode(), published.body());
    }

    /** Dismisses every open finding and signs off: the story is READY. */
    public static void signOff(long id) {
        for (JsonValue value : Api.parse(COPY_EDITOR.get("stories/" + id + "/findings").body()).asJsonArray()) {
            JsonObject f = value.asJsonObject();
            if ("OPEN".equals(f.getString("status"))) {
                HttpResponse<String> dismissed = COPY_EDITOR.postJson("stories/" + id + "/findings/"
                        + f.getJsonNumber("id").longValue() + "/dismiss", "{\"reason\":\"House style allows it\"}");
                assertEquals(200, dismissed.statusCode(), dismissed.body());
            }
        }
        HttpResponse<String> ready = move(COPY_EDITOR, id, "READY");
        assertEquals(200, ready.statusCode(), ready.body());
    }
}
