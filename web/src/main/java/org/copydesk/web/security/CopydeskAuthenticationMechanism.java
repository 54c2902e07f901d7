package org.copydesk.web.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.copydesk.application.PeopleService;
import org.copydesk.application.SignInRefusedException;
import org.copydesk.application.SignInRefusedException.Reason;
import org.copydesk.application.UserAccess;
import org.copydesk.domain.user.Role;

/**
 * Browsers sign in on the login page (a form that calls {@code SecurityContext.authenticate}); the
 * caller is then kept in the HTTP session, whose id changes at sign-in. The API under {@code /api}
 * takes HTTP Basic on every request and never a session cookie, so a cookie cannot make API calls on
 * a user's behalf. Unauthenticated requests for protected pages go to the login page; for the API they
 * get 401 with a problem+json body.
 * <p>
 * When the newsroom's OpenID Connect provider is set ({@link ProviderSettings}), a browser may also sign in
 * there: {@code /oidc/signin} hands the request to Jakarta Security's OpenID Connect mechanism, which sends the
 * browser to the provider and, back at {@code /oidc/callback}, checks the tokens. The person it vouches for then
 * signs in here like a local account, with the roles the provider gives ({@link PeopleService#signInFromProvider}).
 * Jakarta Security 3 uses one mechanism per application: this one (an alternative, so it is chosen over the
 * OpenID Connect mechanism the definition adds) and it calls the other for those two addresses only.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
public class CopydeskAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(CopydeskAuthenticationMechanism.class.getName());

    static final String SESSION_CALLER = "copydesk.caller";
    /** Set on a request whose session was ended because the account changed; the login page says so. */
    private static final String SESSION_ENDED = "copydesk.sessionEnded";

    public static final String LOGIN_PAGE = "/login.xhtml";

    /** Where a user with a one-time password is sent until they choose their own. */
    public static final String PASSWORD_PAGE = "/desk/password.xhtml";

    /** Where a sign-in through the newsroom's identity provider starts ({@code ?next=} a Copydesk path). */
    public static final String PROVIDER_SIGNIN = "/oidc/signin";
    /** Where the identity provider sends the browser back. */
    public static final String PROVIDER_CALLBACK = "/oidc/callback";
    /** Where to go after a sign-in through the provider (kept in the session while the browser is away). */
    private static final String PROVIDER_NEXT = "copydesk.providerNext";
    /** The dashboard, where a sign-in goes when it was not asked for a page. */
    public static final String HOME = "/desk/dashboard.xhtml";

    /** Who is signed in to a browser session, and the account's stamp at sign-in ({@link UserAccess}). */
    record SessionCaller(String name, Set<String> groups, long stamp) implements Serializable {
        private static final long serialVersionUID = 2L;
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    UserAccess access;

    @Inject
    ProviderSettings provider;

    @Inject
    PeopleService people;

    @Inject
    Instance<OpenIdContext> providerTokens;

    @Inject
    BeanManager beans;

    private volatile HttpAuthenticationMechanism openIdConnect;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        RequestIdFilter.assign(request, response);
        if (provider.isEnabled() && isProviderPath(request)) {
            return signInThroughProvider(request, response, context);
        }
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
        String next = path(request) + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                + URLEncoder.encode(next, StandardCharsets.UTF_8)
                + (request.getAttribute(SESSION_ENDED) != null ? "&ended=true" : ""));
    }

    private AuthenticationStatus signInFromForm(
            HttpServletRequest request, HttpMessageContext context, Credential offered) {
        CredentialValidationResult result = identityStores.validate(offered);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId();
        }
        String name = result.getCallerPrincipal().getName();
        request.getSession(true)
                .setAttribute(
                        SESSION_CALLER,
                        new SessionCaller(
                                name,
                                Set.copyOf(result.getCallerGroups()),
                                access.current(name).stamp()));
        return context.notifyContainerAboutLogin(result);
    }

    /** The address inside Copydesk: "/desk/story.xhtml". */
    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean isProviderPath(HttpServletRequest request) {
        String path = path(request);
        return path.equals(PROVIDER_SIGNIN) || path.equals(PROVIDER_CALLBACK);
    }

    /** The two legs of a sign-in through the identity provider, run by Jakarta Security's mechanism for it. */
    private AuthenticationStatus signInThroughProvider(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        boolean start = path(request).equals(PROVIDER_SIGNIN);
        if (start) {
            request.getSession(true).setAttribute(PROVIDER_NEXT, insidePath(request.getParameter("next")));
        } else if (request.getSession(false) == null
                || request.getSession(false).getAttribute(PROVIDER_NEXT) == null) {
            // a callback without the sign-in this browser started (an old bookmark, the back button, a forgery)
            return refuse(request, context, Reason.EXPIRED);
        } else if (request.getParameter("error") != null) {
            // the provider said no (the person cancelled, or is not allowed to use Copydesk there)
            LOG.info(() -> "The identity provider refused a sign-in: " + request.getParameter("error") + " "
                    + request.getParameter("error_description"));
            return refuse(request, context, Reason.PROVIDER);
        }
        try {
            AuthenticationStatus status =
                    openIdConnect().validateRequest(request, response, new ProviderSignIn(context, start));
            if (status == AuthenticationStatus.NOT_DONE) {
                // a callback without a code, or one the mechanism does not take as this sign-in's
                return refuse(request, context, Reason.EXPIRED);
            }
            return status;
        } catch (AuthenticationException | RuntimeException e) {
            LOG.log(Level.WARNING, "A sign-in through the identity provider failed", e);
            return refuse(request, context, Reason.PROVIDER);
        }
    }

    /**
     * Jakarta Security's OpenID Connect mechanism: the other mechanism the application has (an application-scoped
     * bean, so its reference is looked up once).
     */
    private HttpAuthenticationMechanism openIdConnect() {
        HttpAuthenticationMechanism found = openIdConnect;
        if (found == null) {
            Bean<?> bean = beans.getBeans(HttpAuthenticationMechanism.class).stream()
                    .filter(b -> !CopydeskAuthenticationMechanism.class.equals(b.getBeanClass()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no OpenID Connect mechanism"));
            found = (HttpAuthenticationMechanism)
                    beans.getReference(bean, HttpAuthenticationMechanism.class, beans.createCreationalContext(bean));
            openIdConnect = found;
        }
        return found;
    }

    /** The sign-in page with why the sign-in was refused. */
    private static AuthenticationStatus refuse(HttpServletRequest request, HttpMessageContext context, Reason why) {
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?refused=" + why);
    }

    /**
     * What the OpenID Connect mechanism sees: the start address counts as protected (so it sends the browser to
     * the provider), and the caller it has checked signs in the Copydesk way instead of the container's.
     */
    private final class ProviderSignIn extends HttpMessageContextWrapper {

        private final boolean start;

        ProviderSignIn(HttpMessageContext context, boolean start) {
            super(context);
            this.start = start;
        }

        @Override
        public boolean isProtected() {
            return start || super.isProtected();
        }

        @Override
        public void setRegisterSession(String callerName, Set<String> groups) {
            // the Copydesk session (SESSION_CALLER) is the one that counts, checked against the account each request
        }

        @Override
        public AuthenticationStatus notifyContainerAboutLogin(CredentialValidationResult result) {
            HttpServletRequest request = getRequest();
            if (result.getStatus() != CredentialValidationResult.Status.VALID || result.getCallerPrincipal() == null) {
                LOG.info("The identity provider's tokens were not valid");
                return refuse(request, getWrapped(), Reason.PROVIDER);
            }
            Set<Role> roles = provider.roles(result.getCallerGroups());
            PeopleService.UserView user;
            try {
                user = people.signInFromProvider(result.getCallerPrincipal().getName(), displayName(), roles);
            } catch (SignInRefusedException e) {
                LOG.info(() -> "Sign-in of " + result.getCallerPrincipal().getName()
                        + " through the identity provider refused: " + e.getMessage());
                return refuseWithTokens(e.reason());
            } catch (IllegalArgumentException e) {
                return refuseWithTokens(Reason.USERNAME);
            }
            // a new session: the one the sign-in started in held only the protocol's state and the provider's
            // tokens (which Copydesk does not use, and which cannot be written to another node or to disk)
            HttpSession before = request.getSession(false);
            Object next = before == null ? null : before.getAttribute(PROVIDER_NEXT);
            if (before != null) {
                before.invalidate();
            }
            request.getSession(true)
                    .setAttribute(
                            SESSION_CALLER,
                            new SessionCaller(
                                    user.username(),
                                    roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet()),
                                    access.current(user.username()).stamp()));
            LOG.info(() -> user.username() + " signed in through the identity provider as " + Role.inWords(roles));
            return getWrapped().redirect(request.getContextPath() + (next instanceof String path ? path : HOME));
        }

        /** Refused although the provider vouched: its tokens go with the session they were kept in. */
        private AuthenticationStatus refuseWithTokens(Reason why) {
            HttpSession session = getRequest().getSession(false);
            if (session != null) {
                session.invalidate();
            }
            return refuse(getRequest(), getWrapped(), why);
        }

        /** The person's name as the provider gives it (the "name" claim), if it does. */
        private String displayName() {
            try {
                return providerTokens
                        .get()
                        .getIdentityToken()
                        .getJwtClaims()
                        .getStringClaim("name")
                        .orElse(null);
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    /** Only a path inside Copydesk, never another site; the dashboard otherwise. */
    public static String insidePath(String next) {
        if (next != null
                && next.startsWith("/")
                && !next.startsWith("//")
                && !next.contains("\\")
                && !next.startsWith(LOGIN_PAGE)
                && !next.startsWith("/oidc/")) {
            return next;
        }
        return HOME;
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
        String path = path(request);
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
    private static AuthenticationStatus unauthorized(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String detail) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Copydesk\", charset=\"UTF-8\"");
        request.setAttribute(UnauthorizedServlet.DETAIL, detail);
        return context.responseUnauthorized();
    }

    static boolean isApi(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/api/") || path.equals("/api");
    }
}
