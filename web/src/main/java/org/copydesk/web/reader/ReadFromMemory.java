package org.copydesk.web.reader;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import java.nio.ByteBuffer;
import java.util.Map;
import org.copydesk.web.security.RequestIdFilter;
import org.copydesk.web.security.SecurityHeadersFilter;

/**
 * Answers a reader's {@code GET /read/{slug}} from {@link PublicPageCache} where the request arrives, before
 * Jakarta Security, the filters and the servlets (an Undertow handler that {@code FrontDoor} puts in front of the
 * deployment): a kept page is the same bytes for everyone, so it needs none of them. The answer is the one
 * {@link ReadServlet} gives for a kept page — the same headers (SecurityHeadersFilter's, the page's own, a request
 * id), 304 for a matching {@code If-None-Match} — written without blocking. Anything else goes on: a page not kept,
 * a front cache's refresh, a query, a report (POST).
 */
public final class ReadFromMemory implements HttpHandler {

    private static final HttpString REQUEST_ID = new HttpString(RequestIdFilter.HEADER);

    private final HttpHandler next;
    private final String prefix;

    /** @param contextPath the application's ({@code /copydesk}) */
    public ReadFromMemory(HttpHandler next, String contextPath) {
        this.next = next;
        this.prefix = contextPath + "/read/";
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        PublicPageCache.Page page = kept(exchange);
        if (page == null) {
            next.handleRequest(exchange);
            return;
        }
        var headers = exchange.getResponseHeaders();
        for (Map.Entry<String, String> h : SecurityHeadersFilter.HEADERS) {
            headers.add(new HttpString(h.getKey()), h.getValue());
        }
        for (Map.Entry<String, String> h : page.headers("hit")) {
            headers.add(new HttpString(h.getKey()), h.getValue());
        }
        headers.put(
                REQUEST_ID, RequestIdFilter.idFor(exchange.getRequestHeaders().getFirst(REQUEST_ID)));
        if (page.matches(exchange.getRequestHeaders().getFirst(Headers.IF_NONE_MATCH))) {
            exchange.setStatusCode(StatusCodes.NOT_MODIFIED);
            exchange.endExchange();
            return;
        }
        headers.put(Headers.CONTENT_LENGTH, page.body().length);
        if (Methods.HEAD.equals(exchange.getRequestMethod())) {
            exchange.endExchange();
            return;
        }
        exchange.getResponseSender().send(ByteBuffer.wrap(page.body()));
    }

    /** The kept page this request asks for, or null when the request is not a plain reader's GET of one. */
    private PublicPageCache.Page kept(HttpServerExchange exchange) {
        HttpString method = exchange.getRequestMethod();
        if (!Methods.GET.equals(method) && !Methods.HEAD.equals(method)) {
            return null;
        }
        String path = exchange.getRequestPath();
        if (!path.startsWith(prefix) || !exchange.getQueryString().isEmpty()) {
            return null;
        }
        String slug = path.substring(prefix.length());
        PublicPageCache cache = PublicPageCache.current();
        if (cache == null
                || !ReadServlet.SLUG.matcher(slug).matches()
                || FrontCache.isRefresh(exchange.getRequestHeaders().getFirst(FrontCache.HEADER))) {
            return null;
        }
        return cache.get(slug);
    }
}
