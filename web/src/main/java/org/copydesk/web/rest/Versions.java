package org.copydesk.web.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.copydesk.web.Problem;

/** Reads the version a client saw from its {@code If-Match} header ("3", W/"3" or 3). */
final class Versions {

    private Versions() {}

    static long required(String ifMatch) {
        Long version = optional(ifMatch);
        if (version == null) {
            throw new WebApplicationException(Problem.response(
                    Response.Status.fromStatusCode(428),
                    "Send the story's ETag in If-Match, so a change made meanwhile is not overwritten."));
        }
        return version;
    }

    static Long optional(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new WebApplicationException(Problem.response(
                    Response.Status.PRECONDITION_FAILED, "If-Match must be an ETag this API gave out, e.g. \"3\"."));
        }
    }
}
