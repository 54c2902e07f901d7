package org.copydesk.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.copydesk.application.UserAccess;

/**
 * Browsers sign in on the login page (a form that calls {@code SecurityContext.authenticate}); the
 * caller is then kept in the HTTP session, whose id changes at sign-in. The API under {@code /api}
 * takes HTTP Basic on every request and never a session cookie, so a cookie cannot make API calls on
 * a user's behalf. Unauthenticated requests for protected pages go to the login page; for the API they
 * get 401 with a problem+json body.
 */
@ApplicationScoped
public class CopydeskAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = "copydesk.caller";
    /** Set on a request whose session was ended because the account changed; the login page says so. */
    private static final String SESSION_ENDED = "copydesk.sessionEnded";
    public static final String LOGIN_PAGE = "/login.xhtml";

    /** Where a user with a one-time password is sent until they choose their own. */
    public static final String PASSWORD_PAGE = "/desk/password.xhtml";

    /** Who is signed in to a browser session, and the account's stamp at sign-in ({@link UserAccess}). */
    record SessionCaller(String name, Set<String> groups, long stamp) implements Serializable {
        private static final long serialVersionUID = 2L;
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    UserAccess access;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        RequestIdFilter.assign(request, response);
        boolean api = isApi(request);
        Credential offered = context.getAuthParameters().getCredential();
        if (offered != null) {
            return signInFromForm(request, context, offered);
        }
        String authorization = request.getHeader("Authorization");
        if (api && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            CredentialValidationResult result = basic(authorization.substring(6).strip());
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return unauthorized(request, response, context, "The username or password is wrong.");
        }
        if (!api) {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
                UserAccess.State state = access.current(caller.name());
                if (state.admits(caller.stamp())) {
                    if (state.mustChangePassword() && mustChooseFirst(request)) {
                        return context.redirect(request.getContextPath() + PASSWORD_PAGE);
                    }
                    return context.notifyContainerAboutLogin(caller.name(), caller.groups());
                }
                // disabled, new roles or a new password since this session signed in: it ends here
                session.invalidate();
                request.setAttribute(SESSION_ENDED, Boolean.TRUE);
            }
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (api) {
            return unauthorized(request, response, context, "Sign in with HTTP Basic to use the Copydesk API.");
        }
        String next = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                + URLEncoder.encode(next, StandardCharsets.UTF_8)
                + (request.getAttribute(SESSION_ENDED) != null ? "&ended=true" : ""));
    }

    private AuthenticationStatus signInFromForm(HttpServletRequest request, HttpMessageContext context,
            Credential offered) {
        CredentialValidationResult result = identityStores.validate(offered);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId();
        }
        String name = result.getCallerPrincipal().getName();
        request.getSession(true).setAttribute(SESSION_CALLER,
                new SessionCaller(name, Set.copyOf(result.getCallerGroups()), access.current(name).stamp()));
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * Keeps the session of a user who has just changed their own password (which ends the account's other
     * sessions) signed in, with the account's new stamp.
     */
    public static void restamp(HttpSession session, long stamp) {
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            session.setAttribute(SESSION_CALLER, new SessionCaller(caller.name(), caller.groups(), stamp));
        }
    }

    /** Whether a desk address must wait until the one-time password is replaced (all but the password page). */
    private static boolean mustChooseFirst(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return (path.startsWith("/desk/") || path.startsWith("/preview/")) && !path.equals(PASSWORD_PAGE);
    }

    private CredentialValidationResult basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return identityStores.validate(
                new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    /**
     * 401 with {@code WWW-Authenticate: Basic}; the container then renders its 401 error page, which
     * for Copydesk is {@link UnauthorizedServlet}'s problem+json with this detail.
     */
    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, String detail) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Copydesk\", charset=\"UTF-8\"");
        request.setAttribute(UnauthorizedServlet.DETAIL, detail);
        return context.responseUnauthorized();
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/api");
    }
}
