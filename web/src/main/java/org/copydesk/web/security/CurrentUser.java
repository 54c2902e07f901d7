package org.copydesk.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import org.copydesk.application.UserAccess;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.Role;
import org.copydesk.domain.workflow.Permission;
import org.copydesk.domain.workflow.Policy;

/** The signed-in user of this request, as an {@link Actor} for the application services. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    HttpServletRequest request;

    @Inject
    UserAccess access;

    private Actor actor;

    /** The actor, or empty for an anonymous reader. */
    public Optional<Actor> find() {
        if (actor == null) {
            // The servlet request's principal is null for anonymous callers (the security context may
            // answer with the server's "anonymous" identity instead).
            Principal principal = request.getUserPrincipal();
            if (principal == null) {
                return Optional.empty();
            }
            EnumSet<Role> roles = EnumSet.noneOf(Role.class);
            for (Role role : Role.values()) {
                if (security.isCallerInRole(role.name())) {
                    roles.add(role);
                }
            }
            actor = new Actor(principal.getName(), roles);
        }
        return Optional.of(actor);
    }

    /** The actor; only called where the container already required a signed-in user. */
    public Actor actor() {
        return find().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    public boolean isSignedIn() {
        return find().isPresent();
    }

    /** Where "/copydesk/" leads: the dashboard when signed in, otherwise the sign-in page. */
    public String home() {
        return isSignedIn() ? "/desk/dashboard?faces-redirect=true" : "/login?faces-redirect=true";
    }

    /**
     * Whether the signed-in user must first replace a one-time password: every desk page but the password page
     * sends them there, so the top bar offers none.
     */
    public boolean isOnlyPassword() {
        return find().map(a -> access.current(a.username()).mustChangePassword())
                .orElse(false);
    }

    public String getName() {
        return find().map(Actor::username).orElse("");
    }

    /** Whether the signed-in user has the permission (a {@link Permission} name), for pages. */
    public boolean may(String permission) {
        return find().map(a -> Policy.allows(a, Permission.valueOf(permission))).orElse(false);
    }

    /** Whether the signed-in user may read the audit record of a story by this reporter. */
    public boolean mayReadAudit(String reporter) {
        return find().map(a -> Policy.readAudit(a, reporter).isEmpty()).orElse(false);
    }

    public String getRoles() {
        return find().map(a -> Role.inWords(a.roles())).orElse("");
    }
}
