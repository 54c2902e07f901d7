package org.copydesk.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.application.Page;
import org.copydesk.application.WebhookService;
import org.copydesk.application.WebhookService.DeliveryView;
import org.copydesk.application.WebhookService.WebhookView;
import org.copydesk.domain.delivery.WebhookEvent;
import org.copydesk.web.security.CurrentUser;

/**
 * The admins' webhooks page ({@code /desk/webhooks.xhtml}): register a partner's address for the events it
 * wants (its secret is shown once), turn one off, and read each webhook's recent deliveries — delivered,
 * waiting for the next attempt or given up, with the attempts and the receiver's last answer.
 */
@Named
@ViewScoped
public class WebhooksBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int DELIVERIES = 20;

    @Inject
    transient WebhookService webhooks;

    @Inject
    CurrentUser user;

    private List<WebhookView> list = List.of();
    private String url;
    private List<String> events = new ArrayList<>(List.of(
            WebhookEvent.STORY_PUBLISHED.wireName(),
            WebhookEvent.STORY_CORRECTED.wireName(),
            WebhookEvent.STORY_RETRACTED.wireName()));
    private String secret;
    private String madeSecret;
    private Long shown;
    private Page<DeliveryView> deliveries;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        list = webhooks.list(user.actor());
        if (shown == null && !list.isEmpty()) {
            shown = list.get(list.size() - 1).id();
        }
        deliveries = shown == null ? null : webhooks.deliveries(shown, 0, DELIVERIES, user.actor());
    }

    public void register() {
        try {
            WebhookView made = webhooks.register(url, events, secret, user.actor());
            madeSecret = made.secret();
            shown = made.id();
            url = null;
            secret = null;
            Messages.info("Webhook registered for " + made.url() + ". Copy its secret now: it is not shown again.");
        } catch (IllegalArgumentException e) {
            Messages.error("register:url", e.getMessage(), e.getMessage());
        }
        reload();
    }

    public void turnOff(long id) {
        webhooks.turnOff(id, user.actor());
        Messages.info("Webhook turned off: nothing more is sent to it.");
        reload();
    }

    public void show(long id) {
        shown = id;
        madeSecret = null;
        reload();
    }

    /** Reads the list and the deliveries again (the receiver may have answered since). */
    public void refresh() {
        reload();
    }

    public List<String> getAllEvents() {
        return java.util.Arrays.stream(WebhookEvent.values())
                .map(WebhookEvent::wireName)
                .toList();
    }

    public List<WebhookView> getList() {
        return list;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public List<String> getEvents() {
        return events;
    }

    public void setEvents(List<String> events) {
        this.events = events;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public String getMadeSecret() {
        return madeSecret;
    }

    public Long getShown() {
        return shown;
    }

    public WebhookView getShownWebhook() {
        return list.stream()
                .filter(w -> shown != null && w.id() == shown)
                .findFirst()
                .orElse(null);
    }

    public Page<DeliveryView> getDeliveries() {
        return deliveries;
    }
}
