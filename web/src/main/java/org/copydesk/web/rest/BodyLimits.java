package org.copydesk.web.rest;

import jakarta.ws.rs.core.MediaType;
import org.copydesk.engine.importing.DocxStoryReader;

/**
 * How large a request body the API reads: 1 MiB of JSON or HTML, 600 KiB of plain text, 8 MiB of a Word document
 * (the last two are imports), 10 MiB of a picture. Enforced on the
 * declared {@code Content-Length} before anything is read ({@link ApiRequestFilter}) and, for chunked
 * bodies, while the body is read ({@link BodyGuard}); both answer 413.
 */
public final class BodyLimits {

    public static final long JSON_MAX = 1024 * 1024;
    public static final long TEXT_MAX = 600 * 1024;
    /** A picture upload ({@code POST /api/media}); .docx and other binary bodies are held to it too. */
    public static final long MEDIA_MAX = org.copydesk.domain.media.Pictures.MAX_BYTES;
    /** A .docx may hold photos; it is read whole ({@link DocxStoryReader#MAX_BYTES}), under the server's POST limit. */
    public static final long DOCX_MAX = DocxStoryReader.MAX_BYTES;

    public static final MediaType DOCX = MediaType.valueOf(DocxStoryReader.MEDIA_TYPE);

    private BodyLimits() {}

    /** The limit for a body of this type: plain text and Word are imports, everything else is held to the JSON limit. */
    public static long of(MediaType type) {
        if (isDocx(type)) {
            return DOCX_MAX;
        }
        if (isBinary(type)) {
            return MEDIA_MAX;
        }
        return type != null && type.isCompatible(MediaType.TEXT_PLAIN_TYPE) ? TEXT_MAX : JSON_MAX;
    }

    /** A body that is not text (a picture, a document, octets): only its size is checked. */
    public static boolean isBinary(MediaType type) {
        return type != null
                && (type.getType().equals("image")
                        || type.isCompatible(MediaType.APPLICATION_OCTET_STREAM_TYPE)
                        || isDocx(type));
    }

    /** A Word document: bytes, not text (no charset, no UTF-8 or NUL check). */
    public static boolean isDocx(MediaType type) {
        return type != null && DOCX.isCompatible(type) && !type.isWildcardType() && !type.isWildcardSubtype();
    }

    static String describe(long limit) {
        return limit % (1024 * 1024) == 0 ? limit / (1024 * 1024) + " MiB" : limit / 1024 + " KiB";
    }

    static String tooLarge(long limit) {
        return "The request body is larger than this endpoint takes (at most " + describe(limit) + ").";
    }
}
