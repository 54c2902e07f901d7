package org.copydesk.web.rest;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.copydesk.application.DuplicateStoryException;
import org.copydesk.application.StaleStoryException;
import org.copydesk.domain.workflow.NotPermittedException;
import org.copydesk.domain.workflow.TransitionRefusedException;

/**
 * Maps exceptions to problem+json answers with precise statuses. User errors never reach the generic
 * 500 mapper; that one logs the cause under an incident id and never shows a stack trace.
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
    public static class NotFound implements ExceptionMapper<org.copydesk.application.NotFoundException> {
        @Override
        public Response toResponse(org.copydesk.application.NotFoundException e) {
            return Problem.response(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    @Provider
    public static class NotPermitted implements ExceptionMapper<NotPermittedException> {
        @Override
        public Response toResponse(NotPermittedException e) {
            return Problem.response(Response.Status.FORBIDDEN, e.getMessage());
        }
    }

    @Provider
    public static class TransitionRefused implements ExceptionMapper<TransitionRefusedException> {
        @Override
        public Response toResponse(TransitionRefusedException e) {
            return Problem.response(Response.Status.CONFLICT, e.getMessage(), e.reasons());
        }
    }

    @Provider
    public static class Stale implements ExceptionMapper<StaleStoryException> {
        @Override
        public Response toResponse(StaleStoryException e) {
            return Problem.of(Response.Status.PRECONDITION_FAILED, e.getMessage() + " Read it again (GET) and "
                    + "send your change with the new ETag in If-Match.", List.of())
                    .toResponse().tag(new EntityTag(String.valueOf(e.current().version()))).build();
        }
    }

    @Provider
    public static class Duplicate implements ExceptionMapper<DuplicateStoryException> {
        @Override
        public Response toResponse(DuplicateStoryException e) {
            var existing = e.existing();
            return Problem.of(Response.Status.CONFLICT, e.getMessage()
                    + " Send ?allowDuplicate=true to import it again as a new story.", List.of())
                    .withExisting(Map.of("id", existing.id(), "slug", existing.slug(), "headline",
                            existing.headline(), "state", existing.state().name()))
                    .toResponse().build();
        }
    }

    @Provider
    public static class TooManyReports implements ExceptionMapper<org.copydesk.application.TooManyReportsException> {
        @Override
        public Response toResponse(org.copydesk.application.TooManyReportsException e) {
            return Problem.of(Response.Status.TOO_MANY_REQUESTS, e.getMessage(), List.of()).toResponse()
                    .header("Retry-After", "3600").build();
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
            return Problem.response(Response.Status.BAD_REQUEST, "The request is not valid.", errors);
        }

        private static String describe(ConstraintViolation<?> violation) {
            String path = violation.getPropertyPath().toString();
            // "create.arg0.headline" -> "headline": the field, as the client named it
            String field = path.substring(path.lastIndexOf('.') + 1);
            return field + ": " + violation.getMessage();
        }
    }

    /** A body that is not JSON, or JSON of the wrong shape (wrong types, unknown enum values). */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return Problem.response(Response.Status.BAD_REQUEST, unreadable(e));
        }
    }

    @Provider
    public static class UnreadableJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return Problem.response(Response.Status.BAD_REQUEST, unreadable(e));
        }
    }

    static String unreadable(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String why = cause.getMessage() == null ? "" : " (" + cause.getMessage().lines().findFirst().orElse("")
                .replaceAll("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*){2,}", "") + ")";
        return "The request body could not be read as the JSON this endpoint takes" + why + ".";
    }

    @Provider
    public static class OptimisticLock implements ExceptionMapper<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException e) {
            return concurrentChange();
        }
    }

    /**
     * A lock wait that timed out or a deadlock the database broke: another change to the same story held
     * it. Nothing was written; reading again and retrying is the answer, as for an optimistic failure.
     */
    @Provider
    public static class PessimisticLock implements ExceptionMapper<PessimisticLockException> {
        @Override
        public Response toResponse(PessimisticLockException e) {
            return concurrentChange();
        }
    }

    @Provider
    public static class LockTimeout implements ExceptionMapper<LockTimeoutException> {
        @Override
        public Response toResponse(LockTimeoutException e) {
            return concurrentChange();
        }
    }

    /**
     * Whether the failure is two changes to the same story colliding, wherever it surfaced (wrapped by the
     * transaction, at commit): an optimistic-lock failure, a lock wait that timed out or a deadlock, or a
     * second revision with a number already taken (the story_revision_uk unique key; cannot happen while
     * revisions are made under the story's row lock, and must not become a 500 if it ever does).
     */
    static boolean lostARace(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            String name = cause.getClass().getName();
            if (cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException
                    // Hibernate's own, when a commit-time flush loses the race or a lock is not granted
                    || name.endsWith("StaleStateException") || name.endsWith("StaleObjectStateException")
                    || name.endsWith("LockAcquisitionException") || name.endsWith("PessimisticLockException")
                    || name.endsWith("LockTimeoutException")) {
                return true;
            }
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState()) && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(Locale.ROOT).contains("story_revision_uk")) {
                return true;
            }
        }
        return false;
    }

    static Response concurrentChange() {
        return Problem.response(Response.Status.CONFLICT,
                "Someone else changed this story at the same moment. Read it again and retry your change.");
    }

    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            if (Problem.PROBLEM_JSON.isCompatible(original.getMediaType())) {
                return original;
            }
            String detail = e instanceof NotFoundException ? "There is nothing at this address." : e.getMessage();
            Response.ResponseBuilder answer = Problem.of(original.getStatusInfo(), detail, List.of()).toResponse();
            original.getHeaders().forEach((name, values) -> {
                if (!"Content-Type".equalsIgnoreCase(name)) {
                    values.forEach(v -> answer.header(name, v));
                }
            });
            return answer.build();
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(Exception e) {
            if (lostARace(e)) {
                return concurrentChange();
            }
            Object requestId = org.jboss.logging.MDC.get(org.copydesk.web.security.RequestIdFilter.MDC_KEY);
            String incident = requestId == null ? UUID.randomUUID().toString() : requestId.toString();
            LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                    "Something went wrong on our side. Incident " + incident + " has been logged.");
        }
    }
}
