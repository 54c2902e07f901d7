package org.copydesk.domain.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One event for one webhook: the exact body sent (signed as it is stored), and what became of it — delivered,
 * waiting for its next attempt, or given up — with the number of attempts and the last answer. Kept, so that
 * admins can see every delivery.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    public static final int ERROR_MAX = 500;

    /** Where a delivery stands. */
    public enum Status {
        PENDING,
        DELIVERED,
        FAILED
    }

    @Id
    @SequenceGenerator(name = "webhook_delivery_seq", sequenceName = "webhook_delivery_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_delivery_seq")
    private Long id;

    @Column(name = "webhook_id", nullable = false)
    private long webhookId;

    @Column(nullable = false, length = 40)
    private String event;

    @Column(name = "story_id", nullable = false)
    private long storyId;

    @Column(nullable = false, length = 100_000)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Version
    private long version;

    protected WebhookDelivery() {
        // for JPA
    }

    public WebhookDelivery(long webhookId, WebhookEvent event, long storyId, String payload, Instant now) {
        this.webhookId = webhookId;
        this.event = event.wireName();
        this.storyId = storyId;
        this.payload = payload;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** The receiver answered 2xx. */
    public void delivered(int httpStatus, Instant now) {
        attempts++;
        status = Status.DELIVERED;
        lastStatus = httpStatus;
        lastError = null;
        deliveredAt = now;
        nextAttemptAt = null;
    }

    /**
     * The receiver answered something else, or nothing ({@code httpStatus} null): tried again later
     * ({@link WebhookSchedule}), or given up after the last attempt.
     */
    public void failed(Integer httpStatus, String error, Instant now) {
        attempts++;
        lastStatus = httpStatus;
        lastError = error == null ? null : error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
        Optional<Duration> wait = WebhookSchedule.retryAfter(attempts);
        if (wait.isPresent()) {
            nextAttemptAt = now.plus(wait.get());
        } else {
            status = Status.FAILED;
            nextAttemptAt = null;
        }
    }

    /** Given up without an attempt (its webhook was turned off). */
    public void abandoned(String reason) {
        status = Status.FAILED;
        lastError = reason;
        nextAttemptAt = null;
    }

    public Long getId() {
        return id;
    }

    public long getWebhookId() {
        return webhookId;
    }

    public String getEvent() {
        return event;
    }

    public long getStoryId() {
        return storyId;
    }

    public String getPayload() {
        return payload;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Integer getLastStatus() {
        return lastStatus;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public long getVersion() {
        return version;
    }
}
