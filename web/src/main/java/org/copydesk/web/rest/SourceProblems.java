package org.copydesk.web.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import org.copydesk.application.SourceNameTakenException;
import org.copydesk.application.StaleSourceException;
import org.copydesk.domain.sourcing.AnonymityReasonException;
import org.copydesk.web.Problem;

/**
 * The source registry's own problems: a stale edit (412 with the current ETag), a name taken (400) and a claim on
 * an anonymous source without the reason anonymity was granted (400).
 */
public final class SourceProblems {

    private SourceProblems() {}

    @Provider
    public static class Stale implements ExceptionMapper<StaleSourceException> {
        @Override
        public Response toResponse(StaleSourceException e) {
            return Problem.of(
                            Response.Status.PRECONDITION_FAILED,
                            e.getMessage() + " Read it again (GET) and send "
                                    + "your change with the new ETag in If-Match.",
                            List.of())
                    .toResponse()
                    .tag(new EntityTag(String.valueOf(e.current().version())))
                    .build();
        }
    }

    /**
     * A claim would rest on an anonymous source without saying why anonymity was granted: 400, the message as the
     * detail and once more against the field, {@code errors: ["anonymityReason: …"]}, like an invalid field.
     */
    @Provider
    public static class AnonymityReason implements ExceptionMapper<AnonymityReasonException> {
        @Override
        public Response toResponse(AnonymityReasonException e) {
            return Problem.response(
                    Response.Status.BAD_REQUEST, e.getMessage(), List.of("anonymityReason: " + e.getMessage()));
        }
    }

    /** Points at the source that has the name, so a client can offer to merge into it. */
    @Provider
    public static class NameTaken implements ExceptionMapper<SourceNameTakenException> {
        @Override
        public Response toResponse(SourceNameTakenException e) {
            var other = e.existing();
            return Problem.of(Response.Status.BAD_REQUEST, e.getMessage(), List.of())
                    .withExisting(Map.of(
                            "id",
                            other.id(),
                            "name",
                            other.name(),
                            "status",
                            other.status().name()))
                    .toResponse()
                    .build();
        }
    }
}
