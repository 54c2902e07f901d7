package org.copydesk.web.rest;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.copydesk.application.DuplicateStoryException;
import org.copydesk.application.StaleStoryException;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.domain.exception.TransitionRefusedException;
import org.copydesk.persistence.LostRaces;
import org.copydesk.web.Problem;

/**
 * Maps exceptions to problem+json answers with precise statuses. User errors never reach the generic
 * 500 mapper; that one logs the cause under an incident id and never shows a stack trace.
 */
public final class ProblemMappers {

    private ProblemMappers() {}

    @Provider
    public static class IllegalArgument implements ExceptionMapper<IllegalArgumentException> {
        @Override
        public Response toResponse(IllegalArgumentException e) {
            return Problem.response(Response.Status.BAD_REQUEST, clean(e.getMessage()));
        }
    }

    /** A refused upload: too large 413, not a picture 415, a damaged one 400. */
    @Provider
    public static class Picture implements ExceptionMapper<org.copydesk.domain.media.PictureException> {
        @Override
        public Response toResponse(org.copydesk.domain.media.PictureException e) {
            Response.Status status =
                    switch (e.reason()) {
                        case TOO_LARGE -> Response.Status.REQUEST_ENTITY_TOO_LARGE;
                        case NOT_A_PICTURE -> Response.Status.UNSUPPORTED_MEDIA_TYPE;
                        case UNREADABLE -> Response.Status.BAD_REQUEST;
                    };
            return Problem.response(status, e.getMessage());
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
            return Problem.of(
                            Response.Status.PRECONDITION_FAILED,
                            e.getMessage() + " Read it again (GET) and "
                                    + "send your change with the new ETag in If-Match.",
                            List.of())
                    .toResponse()
                    .tag(new EntityTag(String.valueOf(e.current().version())))
                    .build();
        }
    }

    /** An account or a section: 412 when it changed since it was read, else 409. */
    @Provider
    public static class ChangeConflict implements ExceptionMapper<org.copydesk.application.ChangeConflictException> {
        @Override
        public Response toResponse(org.copydesk.application.ChangeConflictException e) {
            return Problem.response(
                    e.stale() ? Response.Status.PRECONDITION_FAILED : Response.Status.CONFLICT, e.getMessage());
        }
    }

    @Provider
    public static class Duplicate implements ExceptionMapper<DuplicateStoryException> {
        @Override
        public Response toResponse(DuplicateStoryException e) {
            var existing = e.existing();
            return Problem.of(
                            Response.Status.CONFLICT,
                            e.getMessage() + " Send ?allowDuplicate=true to import it again as a new story.",
                            List.of())
                    .withExisting(Map.of(
                            "id",
                            existing.id(),
                            "slug",
                            existing.slug(),
                            "headline",
                            existing.headline(),
                            "state",
                            existing.state().name()))
                    .toResponse()
                    .build();
        }
    }

    @Provider
    public static class TooManyReports implements ExceptionMapper<org.copydesk.application.TooManyReportsException> {
        @Override
        public Response toResponse(org.copydesk.application.TooManyReportsException e) {
            return Problem.of(Response.Status.TOO_MANY_REQUESTS, e.getMessage(), List.of())
                    .toResponse()
                    .header("Retry-After", "3600")
                    .build();
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

    private static final Pattern PROPERTY = Pattern.compile("Unable to deserialize property '([^']+)'");
    private static final Pattern EVENT = Pattern.compile("Received event: (\\w+) Allowed: \\[([^\\]]*)]");
    private static final Pattern ENUM = Pattern.compile("No enum constant (\\S+)");
    private static final Pattern QUALIFIED =
            Pattern.compile("\\b(?:class |interface |enum )?(?:[a-z_$][\\w$]*\\.){2,}([A-Z][\\w$]*)");
    private static final Pattern VENDOR_CODE = Pattern.compile("\\b[A-Z]+\\d{4,}: ");

    /**
     * Says what was wrong with an unreadable body in the client's terms: which property (as a path in the
     * JSON) and what was found there; never a Java class name or a stack trace.
     */
    static String unreadable(Throwable e) {
        List<String> path = new ArrayList<>();
        Throwable root = e;
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            root = cause;
        }
        String top = e.getMessage() == null ? "" : e.getMessage();
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("Unable to deserialize property")) {
                top = cause.getMessage();
                break;
            }
        }
        Matcher property = PROPERTY.matcher(top);
        while (property.find()) {
            path.add(property.group(1));
        }
        String message = root.getMessage() == null
                ? ""
                : root.getMessage().lines().findFirst().orElse("");
        String why = explain(message);
        String where = path.isEmpty() ? "" : String.join(".", path) + ": ";
        return "The request body could not be read as the JSON this endpoint takes"
                + (why.isBlank() ? "." : " (" + where + why + ").");
    }

    private static String explain(String message) {
        Matcher event = EVENT.matcher(message);
        if (event.find()) {
            List<String> allowed = new ArrayList<>();
            for (String each : event.group(2).split(",\\s*")) {
                String kind = kind(each.strip());
                if (!allowed.contains(kind) && !"null".equals(kind)) {
                    allowed.add(kind);
                }
            }
            return "found " + kind(event.group(1)) + " where " + String.join(" or ", allowed) + " was expected";
        }
        Matcher constant = ENUM.matcher(message);
        if (constant.find()) {
            return enumValue(constant.group(1));
        }
        if (message.startsWith("Error deserialize JSON value into type")) {
            return "a value has the wrong type";
        }
        if (message.isBlank() || "null".equals(message)) {
            return "a value is missing, null or of the wrong type";
        }
        return clean(message);
    }

    private static String kind(String event) {
        return switch (event) {
            case "START_OBJECT" -> "an object";
            case "START_ARRAY" -> "an array";
            case "VALUE_STRING" -> "a string";
            case "VALUE_NUMBER" -> "a number";
            case "VALUE_TRUE", "VALUE_FALSE" -> "true or false";
            case "VALUE_NULL" -> "null";
            default -> "something else";
        };
    }

    /** "No enum constant a.b.StoryState.NOPE": the value and the ones the type takes. */
    private static String enumValue(String qualified) {
        ClassLoader loader = ProblemMappers.class.getClassLoader();
        for (int dot = qualified.lastIndexOf('.'); dot > 0; dot = qualified.lastIndexOf('.', dot - 1)) {
            try {
                Class<?> type = Class.forName(qualified.substring(0, dot), false, loader);
                if (type.isEnum()) {
                    String values = Arrays.stream(type.getEnumConstants())
                            .map(c -> ((Enum<?>) c).name())
                            .collect(Collectors.joining(", "));
                    return "\"" + qualified.substring(dot + 1) + "\" is not one of " + values;
                }
            } catch (ClassNotFoundException | LinkageError | RuntimeException notAClass) {
                // try a shorter prefix: the value itself may contain dots
            }
        }
        return "a value is not one of those allowed";
    }

    /** A message from a library, without vendor codes and with Java class names cut to their simple names. */
    static String clean(String message) {
        if (message == null) {
            return null;
        }
        String first = message.lines().findFirst().orElse("");
        return QUALIFIED
                .matcher(VENDOR_CODE.matcher(first).replaceAll(""))
                .replaceAll("$1")
                .strip();
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

    static Response concurrentChange() {
        return Problem.response(
                Response.Status.CONFLICT,
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
            Response.StatusType status = original.getStatusInfo();
            String parameter = unreadableParameter(e);
            if (parameter != null) {
                // JAX-RS answers 404 for a query parameter it cannot convert; the address exists, the value is wrong
                return Problem.response(Response.Status.BAD_REQUEST, parameter);
            }
            String detail =
                    switch (status.getStatusCode()) {
                        case 404 -> "There is nothing at this address.";
                        case 405 -> "This address does not take this method; the Allow header lists the ones it does.";
                        case 406 ->
                            "This API answers application/json (errors as application/problem+json); "
                                    + "ask for one of them in Accept.";
                        case 415 ->
                            "This endpoint does not take a body of this Content-Type; send application/json "
                                    + "(text/plain, text/html or a .docx for an import).";
                        default -> {
                            String message = clean(e.getMessage());
                            yield message == null || message.isBlank() ? status.getReasonPhrase() : message;
                        }
                    };
            Response.ResponseBuilder answer =
                    Problem.of(status, detail, List.of()).toResponse();
            original.getHeaders().forEach((name, values) -> {
                if (!"Content-Type".equalsIgnoreCase(name)) {
                    values.forEach(v -> answer.header(name, v));
                }
            });
            return answer.build();
        }
    }

    private static final Pattern PARAMETER =
            Pattern.compile("(Query|Header|Matrix|Cookie|Form)Param\\(\\\"([^\\\"]+)\\\"\\)");

    /** For a parameter JAX-RS could not convert (page=abc), what to tell the client; null otherwise. */
    private static String unreadableParameter(WebApplicationException e) {
        if (e.getCause() == null || e.getMessage() == null) {
            return null;
        }
        Matcher parameter = PARAMETER.matcher(e.getMessage());
        if (!parameter.find() || "Path".equals(parameter.group(1))) {
            return null;
        }
        String kind =
                switch (parameter.group(1)) {
                    case "Query" -> "query parameter";
                    case "Header" -> "header";
                    default -> "parameter";
                };
        return "The " + kind + " '" + parameter.group(2) + "' has a value this endpoint cannot read.";
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(Exception e) {
            if (LostRaces.lostARace(e)) {
                return concurrentChange();
            }
            if (LostRaces.slugTaken(e)) {
                return Problem.response(
                        Response.Status.CONFLICT,
                        "Another story with the same headline was created "
                                + "at the same moment. Send yours again; it gets its own address.");
            }
            Object requestId = org.jboss.logging.MDC.get(org.copydesk.web.security.RequestIdFilter.MDC_KEY);
            String incident = requestId == null ? UUID.randomUUID().toString() : requestId.toString();
            LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
            return Problem.response(
                    Response.Status.INTERNAL_SERVER_ERROR,
                    "Something went wrong on our side. Incident " + incident + " has been logged.");
        }
    }
}
