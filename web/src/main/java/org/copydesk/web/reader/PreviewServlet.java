package org.copydesk.web.reader;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.copydesk.application.NotFoundException;
import org.copydesk.application.StoryDetails;
import org.copydesk.application.StoryQueries;
import org.copydesk.domain.workflow.Policy;
import org.copydesk.web.security.CurrentUser;

/**
 * {@code /preview/{id}}: the story as readers will see it, in any state, for the desk — editors, copy editors and
 * admins any story, a reporter their own. The page is the readers' page marked as a preview (a banner with the
 * state, no report form, no structured data), and is never kept: {@code Cache-Control: no-store}, not indexed
 * ({@code X-Robots-Tag} and a robots meta tag). Signing in is asked for by web.xml's constraint on the address.
 */
@WebServlet("/preview/*")
public class PreviewServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern ID = Pattern.compile("/(\\d{1,18})");
    /** The story to show as a preview, for {@link ReaderBean}. */
    static final String PREVIEW = "copydesk.preview.story";

    @Inject
    transient StoryQueries queries;

    @Inject
    transient CurrentUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        var id = request.getPathInfo() == null ? null : ID.matcher(request.getPathInfo());
        if (id == null || !id.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StoryDetails story;
        try {
            story = queries.find(Long.parseLong(id.group(1)));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (Policy.preview(user.actor(), story.reporter()).isPresent()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        request.setAttribute(PREVIEW, story);
        request.getRequestDispatcher("/read.xhtml").forward(request, response);
    }
}
