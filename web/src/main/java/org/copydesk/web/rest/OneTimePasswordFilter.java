package org.copydesk.web.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import org.copydesk.application.UserAccess;
import org.copydesk.web.Problem;

/**
 * An account signed in with a one-time password may only replace it ({@code PUT /api/me/password}); every other
 * call is a 403 that says so.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class OneTimePasswordFilter implements ContainerRequestFilter {

    @Inject
    UserAccess access;

    @Override
    public void filter(ContainerRequestContext request) {
        Principal caller = request.getSecurityContext().getUserPrincipal();
        if (caller == null || !access.current(caller.getName()).mustChangePassword()) {
            return;
        }
        String path = request.getUriInfo().getPath().replaceAll("^/+|/+$", "");
        if (request.getMethod().equals("PUT") && path.equals("me/password")) {
            return;
        }
        request.abortWith(Problem.response(
                Response.Status.FORBIDDEN,
                "This account has a one-time password; "
                        + "replace it first (PUT /api/me/password with currentPassword and newPassword)."));
    }
}
