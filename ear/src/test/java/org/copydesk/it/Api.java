package org.copydesk.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the API, signed in as one user (or anonymous). */
public final class Api {

    public static final String PASSWORD = "copydesk";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String authorization;

    private Api(String authorization) {
        this.authorization = authorization;
    }

    public static Api as(String username) {
        return as(username, PASSWORD);
    }

    public static Api as(String username, String password) {
        return new Api("Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public static Api anonymous() {
        return new Api(null);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> postJson(String path, String json) {
        return post(path, "application/json", json);
    }

    public HttpResponse<String> putJson(String path, String ifMatch, String json) {
        HttpRequest.Builder builder =
                request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder);
    }

    public HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Adds this caller's credentials to a request built elsewhere. */
    public HttpRequest.Builder authorize(HttpRequest.Builder builder) {
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    public HttpRequest.Builder request(String path) {
        URI uri = path.startsWith("http") ? URI.create(path) : ServerUrls.api(path);
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    public static JsonObject json(HttpResponse<String> response) {
        return (JsonObject) parse(response.body());
    }

    public static JsonStructure parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }

    /** A story body as the API takes it: a headline and paragraphs. */
    public static String story(String headline, String... paragraphs) {
        var blocks = Json.createArrayBuilder();
        for (String p : paragraphs) {
            blocks.add(Json.createObjectBuilder().add("type", "PARAGRAPH").add("text", p));
        }
        return Json.createObjectBuilder()
                .add("headline", headline)
                .add("blocks", blocks)
                .build()
                .toString();
    }
}
