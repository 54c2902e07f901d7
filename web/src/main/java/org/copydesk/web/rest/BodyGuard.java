package org.copydesk.web.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.copydesk.web.Problem;

/**
 * Reads every request body through a {@link GuardedInputStream}: a body larger than {@link BodyLimits}
 * allows answers 413 even when it comes chunked, without a {@code Content-Length}; a body that is not
 * UTF-8 (JSON always is, plain text unless it names another charset) answers 400 instead of being read
 * with replacement characters; a NUL character, raw or as JSON's {@code \u0000}, answers 400 too. A Word
 * document is bytes, not text: only its size is checked.
 */
@Provider
public class BodyGuard implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        boolean utf8 = charset == null
                || StandardCharsets.UTF_8.name().equalsIgnoreCase(charset.strip())
                || "utf8".equalsIgnoreCase(charset.strip());
        boolean json = type != null
                && (MediaType.APPLICATION_JSON_TYPE.isCompatible(type)
                        || type.getSubtype().endsWith("+json"));
        GuardedInputStream guarded = BodyLimits.isBinary(type)
                ? GuardedInputStream.binary(context.getInputStream(), BodyLimits.of(type))
                : new GuardedInputStream(context.getInputStream(), BodyLimits.of(type), utf8, json);
        context.setInputStream(guarded);
        Object entity;
        try {
            entity = context.proceed();
        } catch (IOException | RuntimeException e) {
            refuse(guarded, type);
            throw e;
        }
        refuse(guarded, type); // a reader that swallowed the failure must not be believed either
        return entity;
    }

    private static void refuse(GuardedInputStream guarded, MediaType type) {
        GuardedInputStream.Failure failure = guarded.failure();
        if (failure == GuardedInputStream.Failure.TOO_LARGE) {
            throw new WebApplicationException(Problem.response(
                    Response.Status.REQUEST_ENTITY_TOO_LARGE, BodyLimits.tooLarge(BodyLimits.of(type))));
        }
        if (failure == GuardedInputStream.Failure.INVALID_UTF8) {
            throw new WebApplicationException(Problem.response(
                    Response.Status.BAD_REQUEST,
                    "The request body is not valid UTF-8 (at byte " + guarded.failedAt() + ")."));
        }
        if (failure == GuardedInputStream.Failure.NUL) {
            throw new WebApplicationException(Problem.response(
                    Response.Status.BAD_REQUEST,
                    "The request body holds a NUL character (U+0000, at byte " + guarded.failedAt()
                            + "); no text in Copydesk may contain one."));
        }
    }
}
