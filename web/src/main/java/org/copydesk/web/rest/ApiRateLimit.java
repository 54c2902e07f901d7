package org.copydesk.web.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.List;
import org.copydesk.web.Problem;

/**
 * The API's rate limit ({@link RateLimits}): a signed-in account past its requests for the minute gets 429,
 * problem+json, with {@code Retry-After} (seconds to the next minute). Every answer to a signed-in account says
 * where it stands: {@code RateLimit-Limit} and {@code RateLimit-Remaining}. The admin operations are not counted,
 * so an admin can always change the limit; requests without an account (the health check) are not counted.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class ApiRateLimit implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String VERDICT = ApiRateLimit.class.getName();

    @Inject
    RateLimits limits;

    @Override
    public void filter(ContainerRequestContext request) {
        Principal user = request.getSecurityContext() == null
                ? null
                : request.getSecurityContext().getUserPrincipal();
        if (user == null || request.getUriInfo().getPath().startsWith("admin/")) {
            return;
        }
        RateLimits.Verdict verdict = limits.take(user.getName(), System.currentTimeMillis());
        request.setProperty(VERDICT, verdict);
        if (!verdict.allowed()) {
            request.abortWith(Problem.of(
                            Response.Status.TOO_MANY_REQUESTS,
                            "This account has made its "
                                    + verdict.limit() + " requests for this minute; try again in "
                                    + verdict.retryAfterSeconds()
                                    + " s.",
                            List.of())
                    .toResponse()
                    .header("Retry-After", verdict.retryAfterSeconds())
                    .build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(VERDICT) instanceof RateLimits.Verdict verdict && verdict.limit() > 0) {
            response.getHeaders().putSingle("RateLimit-Limit", verdict.limit());
            response.getHeaders().putSingle("RateLimit-Remaining", verdict.remaining());
        }
    }
}
