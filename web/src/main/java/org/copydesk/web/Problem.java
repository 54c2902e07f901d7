package org.copydesk.web;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error the API answers. {@code errors} lists each thing
 * that was wrong (unmet guards, invalid fields); {@code existing} points at a story a duplicate import
 * would repeat.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors", "existing"})
public record Problem(String type, String title, int status, String detail, List<String> errors, Object existing) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    public static Problem of(Response.StatusType status, String detail, List<String> errors) {
        return new Problem(
                "about:blank",
                status.getReasonPhrase(),
                status.getStatusCode(),
                detail,
                errors == null || errors.isEmpty() ? null : List.copyOf(errors),
                null);
    }

    public Problem withExisting(Object story) {
        return new Problem(type, title, status, detail, errors, story);
    }

    public Response.ResponseBuilder toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this);
    }

    /**
     * The JSON of a problem with no errors, for the places that answer before JAX-RS can (servlet filters, the
     * edge handler).
     */
    public static byte[] bytes(int status, String title, String detail) {
        return jakarta.json.Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .build()
                .toString()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public static Response response(Response.StatusType status, String detail) {
        return response(status, detail, List.of());
    }

    public static Response response(Response.StatusType status, String detail, List<String> errors) {
        return of(status, detail, errors).toResponse().build();
    }
}
