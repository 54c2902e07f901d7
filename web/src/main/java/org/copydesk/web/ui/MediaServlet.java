package org.copydesk.web.ui;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.application.MediaService;
import org.copydesk.domain.media.MediaFile;
import org.copydesk.domain.user.Actor;
import org.copydesk.web.security.CurrentUser;

/**
 * Serves a picture's renditions: {@code /media/{id}?w=640} answers the narrowest rendition at least that wide
 * (the widest there is when none is). Staff see every picture; readers only one that a published story shows —
 * any other answers 404, so nobody learns that an unpublished picture exists. A picture's files never change,
 * so the answer carries a strong ETag; a picture readers may see may be kept by any cache for a day, one only
 * staff may see by the browser alone.
 */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern ID = Pattern.compile("/(\\d{1,18})");
    private static final int DEFAULT_WIDTH = 1024;

    @Inject
    transient MediaService media;

    @Inject
    transient CurrentUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = ID.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(m.group(1));
        int width = width(request.getParameter("w"));
        if (width < 0) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "w is a width in pixels, 1 to 10000");
            return;
        }
        Actor viewer = user.find().orElse(null);
        Optional<MediaFile> file = media.file(id, width, viewer);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        MediaFile f = file.get();
        String etag = "\"m" + id + "-" + f.getWidth() + "\"";
        boolean forReaders = viewer == null || media.shownToReaders(id);
        response.setHeader(
                "Cache-Control", forReaders ? "public, max-age=86400, s-maxage=86400" : "private, max-age=3600");
        response.setHeader("ETag", etag);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] bytes = f.getBytes();
        response.setContentType(f.getContentType());
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static int width(String w) {
        if (w == null || w.isBlank()) {
            return DEFAULT_WIDTH;
        }
        try {
            int n = Integer.parseInt(w.strip());
            return n >= 1 && n <= 10_000 ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
