package org.copydesk.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} when it is a sane token, else a new one),
 * answers it in {@code X-Request-Id}, and puts it in the logging MDC, so each log line of the request
 * (server.json.log) carries it.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestIdFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    /**
     * Assigns the request its id once: called first by the authentication mechanism (which runs before
     * any filter, and may answer 401 without reaching one) and again, harmlessly, by this filter.
     */
    static String assign(HttpServletRequest request, HttpServletResponse response) {
        Object known = request.getAttribute(MDC_KEY);
        String id;
        if (known != null) {
            id = known.toString();
        } else {
            id = idFor(request.getHeader(HEADER));
            request.setAttribute(MDC_KEY, id);
            response.setHeader(HEADER, id);
        }
        MDC.put(MDC_KEY, id);
        return id;
    }

    /** The id of a request that came with this {@code X-Request-Id} (null: none): that one if it is sane, else a new one. */
    public static String idFor(String given) {
        return given != null && SANE.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        assign(request, response);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }
}
