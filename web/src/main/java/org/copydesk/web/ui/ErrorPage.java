package org.copydesk.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.copydesk.web.security.CurrentUser;

/**
 * What the error pages (WEB-INF/errors) show: an error on a desk page is shown in the desk's look, with
 * what happened and the way back (the dashboard, or signing in); an error on a public address keeps the
 * readers' look. The sentence comes from {@link DeskErrors} when a page said why, otherwise it is general.
 */
@Named
@RequestScoped
public class ErrorPage {

    /** The desk's look for errors: a header without forms (a form on an error page would post nowhere). */
    static final String DESK_TEMPLATE = "/WEB-INF/errors/desk.xhtml";

    static final String PUBLIC_TEMPLATE = "/WEB-INF/templates/public.xhtml";

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentUser user;

    /** Whether the address that failed is a desk page (under /desk/). */
    public boolean isDesk() {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        return path.startsWith(request.getContextPath() + "/desk/");
    }

    public String getTemplate() {
        return isDesk() ? DESK_TEMPLATE : PUBLIC_TEMPLATE;
    }

    public int getStatus() {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
    }

    /** The page's own heading, or null when it gave none. */
    public String getTitle() {
        Object title = request.getAttribute(DeskErrors.TITLE);
        return title == null ? null : title.toString();
    }

    /** The page's own sentence, or null when it gave none. */
    public String getDetail() {
        Object detail = request.getAttribute(DeskErrors.DETAIL);
        return detail == null ? null : detail.toString();
    }

    public boolean isSignedIn() {
        return user.isSignedIn();
    }

    public String getUsername() {
        return user.getName();
    }

    public String getRoles() {
        return user.getRoles();
    }
}
