package org.copydesk.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page for 401: the container answers an unauthenticated API call with it, so the body is
 * problem+json with the reason the authentication mechanism gave.
 */
@WebServlet("/error/unauthorized")
public class UnauthorizedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String DETAIL = "copydesk.unauthorized.detail";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object detail = request.getAttribute(DETAIL);
        String text = detail == null ? "Sign in to use Copydesk." : detail.toString();
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/problem+json");
        response.getOutputStream()
                .write(("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401," + "\"detail\":\""
                                + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}")
                        .getBytes(StandardCharsets.UTF_8));
    }
}
