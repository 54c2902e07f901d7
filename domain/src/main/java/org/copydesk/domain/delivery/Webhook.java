package org.copydesk.domain.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A partner's address that is told when stories are published, corrected or retracted: where (an http or
 * https URL), which events, and the secret its deliveries are signed with ({@link WebhookSignature}).
 */
@Entity
@Table(name = "webhook")
public class Webhook {

    public static final int URL_MAX = 2000;

    @Id
    @SequenceGenerator(name = "webhook_seq", sequenceName = "webhook_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_seq")
    private Long id;

    @Column(nullable = false, length = URL_MAX)
    private String url;

    /** The events, by wire name, separated by commas. */
    @Column(nullable = false, length = 200)
    private String events;

    @Column(nullable = false, length = 64)
    private String secret;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_by", nullable = false, length = 40)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Webhook() {
        // for JPA
    }

    /** A new, active webhook; the URL must be absolute http(s) and the events at least one. */
    public Webhook(String url, Set<WebhookEvent> events, String secret, String createdBy, Instant now) {
        this.url = checkedUrl(url);
        if (events == null || events.isEmpty()) {
            throw new IllegalArgumentException(
                    "Choose at least one event: story.published, story.corrected, " + "story.retracted");
        }
        this.events = events.stream().sorted().map(WebhookEvent::wireName).collect(Collectors.joining(","));
        if (secret == null || secret.length() < 16 || secret.length() > 64) {
            throw new IllegalArgumentException(
                    "The secret must be 16 to 64 characters (leave it out for a random one)");
        }
        this.secret = secret;
        this.active = true;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    static String checkedUrl(String url) {
        if (url == null || url.isBlank() || url.length() > URL_MAX) {
            throw new IllegalArgumentException("The URL is required (at most " + URL_MAX + " characters)");
        }
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The URL is not one: " + url.strip());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("The URL must be an absolute http or https address: " + url.strip());
        }
        return uri.toString();
    }

    public boolean wants(WebhookEvent event) {
        return active && getEvents().contains(event);
    }

    public Long getId() {
        return id;
    }

    public String getUrl() {
        return url;
    }

    public Set<WebhookEvent> getEvents() {
        return Arrays.stream(events.split(","))
                .map(WebhookEvent::ofWireName)
                .flatMap(java.util.Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(WebhookEvent.class)));
    }

    public String getSecret() {
        return secret;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
