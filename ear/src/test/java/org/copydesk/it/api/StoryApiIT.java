package org.copydesk.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.copydesk.it.Deployments;
import org.copydesk.it.ServerUrls;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The HTTP API from outside, as a client sees it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StoryApiIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postJson(URI uri, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthIsUpWhenTheDatabaseAnswers() throws Exception {
        HttpResponse<String> response = get(ServerUrls.api("health"));
        assertEquals(200, response.statusCode());
        assertEquals("UP", json(response).getString("status"));
    }

    @Test
    void createdStoryAnswers201WithLocationAndCanBeReadBack() throws Exception {
        String headline = "Ferry strike ends " + UUID.randomUUID();
        HttpResponse<String> created = postJson(ServerUrls.api("stories"),
                Json.createObjectBuilder().add("headline", headline).add("body", "Crews return on Monday.")
                        .build().toString());
        assertEquals(201, created.statusCode(), created.body());
        URI location = URI.create(created.headers().firstValue("Location").orElseThrow());
        assertTrue(location.getPath().matches("/copydesk/api/stories/\\d+"), location.toString());
        assertEquals("\"0\"", created.headers().firstValue("ETag").orElseThrow());

        HttpResponse<String> read = get(location);
        assertEquals(200, read.statusCode());
        JsonObject story = json(read);
        assertEquals(headline, story.getString("headline"));
        assertEquals("DRAFT", story.getString("state"));
        assertEquals("Crews return on Monday.", story.getString("body"));
    }

    @Test
    void listIsPagedWithItemsAndTotal() throws Exception {
        HttpResponse<String> response = get(ServerUrls.api("stories?page=0&size=1"));
        assertEquals(200, response.statusCode());
        JsonObject page = json(response);
        assertEquals(1, page.getJsonArray("items").size());
        assertTrue(page.getJsonNumber("total").longValue() >= 1);
    }

    @Test
    void blankHeadlineIsAProblemNotAServerError() throws Exception {
        HttpResponse<String> response = postJson(ServerUrls.api("stories"), "{\"headline\":\"  \",\"body\":\"x\"}");
        assertEquals(400, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        JsonObject problem = json(response);
        assertEquals(400, problem.getInt("status"));
        assertTrue(problem.getJsonArray("errors").getString(0).startsWith("headline"), response.body());
    }

    @Test
    void unknownStoryIs404Problem() throws Exception {
        HttpResponse<String> response = get(ServerUrls.api("stories/999999999"));
        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertFalse(response.body().contains("Exception"), response.body());
    }

    @Test
    void oversizedPageIsRefused() throws Exception {
        HttpResponse<String> response = get(ServerUrls.api("stories?size=5000"));
        assertEquals(400, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void openApiDocumentDescribesTheStoriesEndpoint() throws Exception {
        URI openapi = ServerUrls.base().resolve("/openapi");
        HttpResponse<String> response = get(openapi);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("/copydesk/api/stories") || response.body().contains("/api/stories"),
                response.body());
    }
}
