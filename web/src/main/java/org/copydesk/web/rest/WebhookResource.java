package org.copydesk.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.copydesk.application.Page;
import org.copydesk.application.WebhookService;
import org.copydesk.application.WebhookService.DeliveryView;
import org.copydesk.application.WebhookService.WebhookView;
import org.copydesk.domain.delivery.Webhook;
import org.copydesk.web.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/webhooks} (admins): partners' addresses told when stories are published, corrected or retracted,
 * and every delivery to them. Each delivery is a POST of JSON signed {@code X-Copydesk-Signature:
 * sha256=<hex HMAC-SHA256 of the body>} with the webhook's secret, tried again with growing waits until the
 * receiver answers 2xx (docs/operations.md, "Webhooks").
 */
@Tag(name = "Operations")
@Path("webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class WebhookResource {

    /** A webhook to register: where, which events, and optionally the secret (else one is made). */
    public record NewWebhook(
            @NotBlank @Size(max = Webhook.URL_MAX) String url,
            @NotEmpty @Size(max = 3) List<@NotBlank @Size(max = 40) String> events,
            @Size(min = 16, max = 64) String secret) {}

    @Inject
    WebhookService webhooks;

    @Inject
    CurrentUser user;

    @Operation(
            operationId = "listWebhooks",
            summary = "List the webhooks",
            description = "Every webhook, oldest first, without its secret.")
    @GET
    public List<WebhookView> list() {
        return webhooks.list(user.actor());
    }

    @APIResponseSchema(
            value = WebhookView.class,
            responseCode = "201",
            responseDescription = "The webhook registered, with its secret (shown this once).")
    @Operation(
            operationId = "createWebhook",
            summary = "Register a webhook",
            description = "An http or https URL and the events it is told of (story.published, story.corrected, "
                    + "story.retracted); the secret deliveries are signed with is made when none is given, and "
                    + "answered this once.")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull NewWebhook webhook, @Context UriInfo uri) {
        WebhookView created = webhooks.register(webhook.url(), webhook.events(), webhook.secret(), user.actor());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @Operation(
            operationId = "turnOffWebhook",
            summary = "Turn a webhook off",
            description = "Nothing more is queued or sent to it; deliveries still pending are given up; every "
                    + "delivery stays listed.")
    @DELETE
    @Path("{id}")
    public WebhookView turnOff(@PathParam("id") long id) {
        return webhooks.turnOff(id, user.actor());
    }

    @Operation(
            operationId = "listWebhookDeliveries",
            summary = "List a webhook's deliveries",
            description = "Every delivery of the webhook, newest first, a page at a time: the event, the story, "
                    + "PENDING, DELIVERED or FAILED, the attempts, the receiver's last answer or error, and when the "
                    + "next attempt is due.")
    @GET
    @Path("{id}/deliveries")
    public Page<DeliveryView> deliveries(
            @PathParam("id") long id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return webhooks.deliveries(id, page, size, user.actor());
    }
}
