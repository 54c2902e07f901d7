package org.copydesk.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One thing a user is told in the app: about which story, by whom, when; unread until marked read. */
@Entity
@Table(name = "notification")
public class Notification {

    public static final int MESSAGE_MAX = 500;

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @Column(nullable = false, length = 40)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NotificationKind kind;

    @Column(name = "story_id", nullable = false)
    private long storyId;

    @Column(name = "note_id")
    private Long noteId;

    @Column(nullable = false, length = 40)
    private String actor;

    @Column(nullable = false, length = MESSAGE_MAX)
    private String message;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
        // for JPA
    }

    public Notification(
            String recipient,
            NotificationKind kind,
            long storyId,
            Long noteId,
            String actor,
            String message,
            Instant now) {
        this.recipient = recipient;
        this.kind = kind;
        this.storyId = storyId;
        this.noteId = noteId;
        this.actor = actor;
        this.message = message.length() > MESSAGE_MAX ? message.substring(0, MESSAGE_MAX - 1) + "…" : message;
        this.createdAt = now;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public long getStoryId() {
        return storyId;
    }

    public Long getNoteId() {
        return noteId;
    }

    public String getActor() {
        return actor;
    }

    public String getMessage() {
        return message;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
