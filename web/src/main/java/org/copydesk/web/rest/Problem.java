package org.copydesk.web.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem detail, the body of every error the API answers. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(String type, String title, int status, String detail, List<String> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    public static Response response(Response.StatusType status, String detail) {
        return response(status, detail, List.of());
    }

    public static Response response(Response.StatusType status, String detail, List<String> errors) {
        Problem problem = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail,
                errors.isEmpty() ? null : List.copyOf(errors));
        return Response.status(status).type(PROBLEM_JSON).entity(problem).build();
    }
}
