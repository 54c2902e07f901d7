package org.copydesk.web.ui;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.copydesk.domain.workflow.Permission;
import org.copydesk.domain.workflow.Policy;
import org.copydesk.web.security.CurrentUser;

/**
 * The error page for 403 (web.xml): an API address gets problem+json, as every API error does; a page gets
 * the desk's "not for your role" page ({@code WEB-INF/errors/403.xhtml}) with the refusal's sentence when the
 * page gave one ({@link DeskErrors#forbidden}), e.g. a reporter opening the desk metrics.
 */
@WebServlet("/error/forbidden")
public class ForbiddenServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The desk pages the container guards by role (web.xml), with the permission the page needs. */
    private static final Map<String, Permission> PAGES = Map.of("/desk/metrics.xhtml", Permission.VIEW_METRICS);

    @Inject
    transient CurrentUser user;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString();
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        if (path.startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getOutputStream()
                    .write(("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                                    + "\"detail\":\"Your role does not allow this.\"}")
                            .getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (request.getAttribute(DeskErrors.DETAIL) == null && PAGES.containsKey(page(request, path))) {
            // the container refused the page (web.xml): say why in the policy's words
            user.find()
                    .flatMap(actor -> Policy.check(actor, PAGES.get(page(request, path))))
                    .ifPresent(refusal -> request.setAttribute(DeskErrors.DETAIL, refusal.message()));
        }
        request.getRequestDispatcher("/WEB-INF/errors/403.xhtml").forward(request, response);
    }

    private static String page(HttpServletRequest request, String path) {
        return path.substring(Math.min(path.length(), request.getContextPath().length()));
    }
}
