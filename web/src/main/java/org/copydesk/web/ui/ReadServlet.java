package org.copydesk.web.ui;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Serves the readers' address {@code /read/{slug}} with the Faces page {@code /read.xhtml}. */
@WebServlet("/read/*")
public class ReadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,120}");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo();
        String slug = path == null ? "" : path.substring(1);
        if (!SLUG.matcher(slug).matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher("/read.xhtml?slug=" + URLEncoder.encode(slug, StandardCharsets.UTF_8))
                .forward(request, response);
    }
}
