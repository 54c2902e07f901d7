package org.copydesk.web.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.copydesk.application.Page;

/**
 * A page of a list says where the next one is: {@code next} in the body (the page number), and here the same as
 * a URL in a {@code Link} header ({@code rel="next"}, RFC 8288) — the request's own address with {@code page}
 * set, every filter kept. None on the last page.
 */
@Provider
public class PageLinks implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Page<?> page && page.next() != null) {
            String next = request.getUriInfo()
                    .getRequestUriBuilder()
                    .replaceQueryParam("page", page.next())
                    .build()
                    .toString();
            response.getHeaders().add("Link", "<" + next + ">; rel=\"next\"");
        }
    }
}
