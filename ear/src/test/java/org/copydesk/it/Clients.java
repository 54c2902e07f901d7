package org.copydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.DeserializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.copydesk.client.ApiClient;
import org.copydesk.client.ApiException;
import org.copydesk.client.model.Problem;
import org.junit.jupiter.api.function.Executable;

/**
 * The API client generated at build time from the OpenAPI document the web module writes (ear/pom.xml,
 * openapi-generator): what a partner would build on. It is strict — a field the document does not describe
 * fails the read — so a document that lies fails the tests that use it.
 */
public final class Clients {

    private Clients() {}

    /** A client signed in as one of the demo accounts. */
    public static ApiClient as(String username) {
        return as(username, Api.PASSWORD);
    }

    public static ApiClient as(String username, String password) {
        ApiClient client = anonymous();
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic));
        return client;
    }

    /** A client that does not sign in. */
    public static ApiClient anonymous() {
        ApiClient client = new ApiClient();
        // the build-time document's paths start at the application (/api/...); the served one's at the host
        // (/copydesk/api/...): OpenApiDocumentIT holds the two to the same operations
        String base = ServerUrls.base().toString();
        client.updateBaseUri(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        client.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return client;
    }

    /**
     * Runs a call that must be refused and answers its problem: the status as expected, an
     * application/problem+json body that says what was wrong, and no stack trace.
     */
    public static Problem refused(int status, Executable call) {
        ApiException e = assertThrows(ApiException.class, call);
        assertEquals(status, e.getCode(), e.getResponseBody());
        assertEquals(
                "application/problem+json",
                e.getResponseHeaders().firstValue("Content-Type").orElseThrow(),
                e.getResponseBody());
        assertFalse(e.getResponseBody().contains("Exception"), e.getResponseBody());
        try {
            Problem problem = new ApiClient().getObjectMapper().readValue(e.getResponseBody(), Problem.class);
            assertEquals(status, problem.getStatus());
            assertFalse(problem.getDetail().isBlank());
            return problem;
        } catch (java.io.IOException unreadable) {
            throw new AssertionError("not a problem+json body: " + e.getResponseBody(), unreadable);
        }
    }
}
