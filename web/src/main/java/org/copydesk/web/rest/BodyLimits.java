package org.copydesk.web.rest;

import jakarta.ws.rs.core.MediaType;

/**
 * How large a request body the API reads: 1 MiB of JSON or HTML, 600 KiB of plain text (an import), 10 MiB of a
 * picture. Enforced on the
 * declared {@code Content-Length} before anything is read ({@link ApiRequestFilter}) and, for chunked
 * bodies, while the body is read ({@link BodyGuard}); both answer 413.
 */
public final class BodyLimits {

    public static final long JSON_MAX = 1024 * 1024;
    public static final long TEXT_MAX = 600 * 1024;
    /** A picture upload ({@code POST /api/media}); .docx and other binary bodies are held to it too. */
    public static final long MEDIA_MAX = org.copydesk.domain.media.Pictures.MAX_BYTES;

    private BodyLimits() {
    }

    /** The limit for a body of this type: plain text is an import, everything else is held to the JSON limit. */
    public static long of(MediaType type) {
        if (isBinary(type)) {
            return MEDIA_MAX;
        }
        return type != null && type.isCompatible(MediaType.TEXT_PLAIN_TYPE) ? TEXT_MAX : JSON_MAX;
    }

    /** A body that is not text (a picture, a document, octets): only its size is checked. */
    public static boolean isBinary(MediaType type) {
        return type != null && (type.getType().equals("image")
                || type.isCompatible(MediaType.APPLICATION_OCTET_STREAM_TYPE)
                || type.getSubtype().startsWith("vnd.openxmlformats"));
    }

    static String describe(long limit) {
        return limit % (1024 * 1024) == 0 ? limit / (1024 * 1024) + " MiB" : limit / 1024 + " KiB";
    }

    static String tooLarge(long limit) {
        return "The request body is larger than this endpoint takes (at most " + describe(limit) + ").";
    }
}
