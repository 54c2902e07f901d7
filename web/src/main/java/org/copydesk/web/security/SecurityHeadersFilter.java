package org.copydesk.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Security headers on every answer: no MIME sniffing, no framing by other sites, no referrer to other
 * sites, and a Content-Security-Policy for what PrimeFaces' own CSP support (nonces on its scripts,
 * {@code primefaces.CSP} in web.xml) does not cover: plugins, base URI, form targets and framing.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    // script-src is left to PrimeFaces' nonce policy (both headers are enforced, so the stricter wins).
    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The headers every answer carries (also the public pages answered from memory before any filter). PrimeFaces
     * adds its own Content-Security-Policy with the script nonces; this one is enforced alongside it.
     */
    public static final List<Map.Entry<String, String>> HEADERS = List.of(
            Map.entry("X-Content-Type-Options", "nosniff"),
            Map.entry("X-Frame-Options", "DENY"),
            Map.entry("Referrer-Policy", "same-origin"),
            Map.entry("Content-Security-Policy", POLICY));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        for (Map.Entry<String, String> header : HEADERS) {
            response.addHeader(header.getKey(), header.getValue());
        }
        chain.doFilter(request, response);
    }
}
