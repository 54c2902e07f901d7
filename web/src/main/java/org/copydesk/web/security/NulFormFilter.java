package org.copydesk.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Refuses a desk form post or an address holding a NUL character (U+0000) with a 400, before Faces
 * reads it: no text in Copydesk may contain one, and PostgreSQL cannot store it (a 500 otherwise). A
 * browser never sends one from a form a person filled in; the API has its own guard (BodyGuard,
 * ApiRequestFilter).
 */
@WebFilter(urlPatterns = {"*.xhtml", "/desk/*", "/stories/*"})
public class NulFormFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request.getQueryString();
        boolean nul = query != null && query.toLowerCase(Locale.ROOT).contains("%00");
        String type = request.getContentType();
        if (!nul
                && "POST".equals(request.getMethod())
                && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            if (request.getCharacterEncoding() == null) {
                request.setCharacterEncoding("UTF-8"); // what Faces would set; reading first must not fix another
            }
            nul = request.getParameterMap().values().stream()
                    .anyMatch(values -> java.util.Arrays.stream(values).anyMatch(v -> v.indexOf('\u0000') >= 0));
        }
        if (nul) {
            response.sendError(
                    HttpServletResponse.SC_BAD_REQUEST,
                    "The form holds a NUL character; no text in Copydesk may contain one.");
            return;
        }
        chain.doFilter(request, response);
    }
}
