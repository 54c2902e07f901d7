package org.copydesk.web.reader;

import com.rometools.rome.feed.atom.Link;
import jakarta.servlet.http.HttpServletRequest;

/** What the readers' feeds and the sitemap share: the site's address as readers reach it, and Atom links. */
public final class Feeds {

    private Feeds() {}

    /**
     * The application's address as the reader used it ({@code https://news.example/copydesk}): scheme, host and
     * port as the request says (behind a trusted proxy, as the proxy says: FrontDoor), the port left out when it
     * is the scheme's own.
     */
    public static String base(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean usual = port <= 0 || "https".equals(scheme) && port == 443 || "http".equals(scheme) && port == 80;
        return scheme + "://" + request.getServerName() + (usual ? "" : ":" + port) + request.getContextPath();
    }

    static Link link(String href, String rel) {
        Link link = new Link();
        link.setHref(href);
        link.setRel(rel);
        return link;
    }
}
