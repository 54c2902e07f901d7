package org.copydesk.web.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.copydesk.web.Problem;

/**
 * Answers, before JAX-RS sees them, the requests it would refuse with an HTML page and a logged stack
 * trace, or read needlessly: a {@code Content-Type} or {@code Accept} header that cannot be parsed (400),
 * a charset that is unknown or, for JSON, not UTF-8 (415), a declared {@code Content-Length} over
 * {@link BodyLimits} (413), and a NUL character ({@code %00}) in the address or its query (400: no text
 * may hold one, and PostgreSQL could not even compare with it). Every answer is problem+json; a NUL in
 * the body is refused by {@link BodyGuard}.
 */
@WebFilter(urlPatterns = "/api/*")
public class ApiRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (holdsNul(request.getRequestURI()) || holdsNul(request.getQueryString())) {
            refuse(
                    response,
                    400,
                    "Bad Request",
                    "The address holds a NUL character (%00); no text in Copydesk " + "may contain one.");
            return;
        }
        MediaType type = null;
        String contentType = request.getHeader("Content-Type");
        if (contentType != null) {
            try {
                type = MediaType.valueOf(contentType);
            } catch (RuntimeException e) {
                refuse(
                        response,
                        400,
                        "Bad Request",
                        "The Content-Type header cannot be read; send "
                                + "application/json (text/plain, text/html or a .docx for an import).");
                return;
            }
            String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
            if (charset != null && !knownCharset(charset)) {
                refuse(
                        response,
                        415,
                        "Unsupported Media Type",
                        "The charset of the body is not one this API " + "reads; send UTF-8.");
                return;
            }
            if (charset != null
                    && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                    && !StandardCharsets.UTF_8.equals(Charset.forName(charset.strip()))) {
                refuse(
                        response,
                        415,
                        "Unsupported Media Type",
                        "JSON is read as UTF-8 only; send "
                                + "application/json without a charset or with charset=UTF-8.");
                return;
            }
        }
        for (String accept : Collections.list(request.getHeaders("Accept"))) {
            try {
                for (String each : accept.split(",")) {
                    if (!each.isBlank()) {
                        MediaType.valueOf(each.strip());
                    }
                }
            } catch (RuntimeException e) {
                refuse(response, 400, "Bad Request", "The Accept header cannot be read; ask for application/json.");
                return;
            }
        }
        long length = request.getContentLengthLong();
        long limit = BodyLimits.of(type);
        if (length > limit) {
            refuse(response, 413, "Request Entity Too Large", BodyLimits.tooLarge(limit));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean holdsNul(String raw) {
        return raw != null
                && (raw.indexOf('\u0000') >= 0
                        || raw.toLowerCase(java.util.Locale.ROOT).contains("%00"));
    }

    private static boolean knownCharset(String name) {
        try {
            return Charset.isSupported(name.strip());
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void refuse(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        if (status == 413) {
            response.setHeader("Connection", "close"); // the rest of the body is not read
        }
        byte[] body = Problem.bytes(status, title, detail);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
