package org.copydesk.web.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.copydesk.application.StoryNotFoundException;

/**
 * Maps exceptions to problem+json answers with precise statuses. User errors never reach the
 * generic 500 mapper; that one logs the cause under an id and never shows a stack trace.
 */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class IllegalArgument implements ExceptionMapper<IllegalArgumentException> {
        @Override
        public Response toResponse(IllegalArgumentException e) {
            return Problem.response(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    @Provider
    public static class StoryNotFound implements ExceptionMapper<StoryNotFoundException> {
        @Override
        public Response toResponse(StoryNotFoundException e) {
            return Problem.response(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    @Provider
    public static class ConstraintViolations implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<String> errors = e.getConstraintViolations().stream()
                    .map(ConstraintViolations::describe)
                    .sorted()
                    .toList();
            return Problem.response(Response.Status.BAD_REQUEST, "The request is not valid", errors);
        }

        private static String describe(ConstraintViolation<?> violation) {
            String path = violation.getPropertyPath().toString();
            // "create.arg0.headline" -> "headline": the field, as the client named it
            String field = path.substring(path.lastIndexOf('.') + 1);
            return field + ": " + violation.getMessage();
        }
    }

    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            if (Problem.PROBLEM_JSON.isCompatible(original.getMediaType())) {
                return original;
            }
            String detail = e instanceof NotFoundException ? "There is nothing at this address" : e.getMessage();
            Response.StatusType status = original.getStatusInfo();
            Response.ResponseBuilder answer = Response.fromResponse(
                    Problem.response(status, detail)).entity(new Problem("about:blank", status.getReasonPhrase(),
                    status.getStatusCode(), detail, null));
            original.getHeaders().forEach((name, values) -> {
                if (!"Content-Type".equalsIgnoreCase(name)) {
                    values.forEach(v -> answer.header(name, v));
                }
            });
            return answer.type(Problem.PROBLEM_JSON).build();
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(Exception e) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                    "Something went wrong on our side. Incident " + incident + " has been logged.");
        }
    }
}
