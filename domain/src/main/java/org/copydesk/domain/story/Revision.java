package org.copydesk.domain.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A saved state of a story: its number (1, 2, …), who saved it, when, why, and the whole story as
 * text (see {@link StoryText}). Revisions are never changed or deleted.
 */
@Entity
@Table(name = "story_revision")
@NamedQuery(name = "Revision.findByStory",
        query = "select r from Revision r where r.storyId = :storyId order by r.number desc")
@NamedQuery(name = "Revision.countByStory", query = "select count(r) from Revision r where r.storyId = :storyId")
@NamedQuery(name = "Revision.find",
        query = "select r from Revision r where r.storyId = :storyId and r.number = :number")
public class Revision {

    public static final int REASON_MAX = 500;

    @Id
    @SequenceGenerator(name = "story_revision_seq", sequenceName = "story_revision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "story_revision_seq")
    private Long id;

    @Column(name = "story_id", nullable = false)
    private long storyId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 40)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Column(nullable = false, length = StoryContent.HEADLINE_MAX)
    private String headline;

    @Column(nullable = false, length = 1_000_000)
    private String text;

    protected Revision() {
        // for JPA
    }

    Revision(long storyId, int number, String author, Instant createdAt, String reason, StoryContent content) {
        this.storyId = storyId;
        this.number = number;
        this.author = Objects.requireNonNull(author);
        this.createdAt = Objects.requireNonNull(createdAt);
        String r = reason == null || reason.isBlank() ? "Edited" : reason.strip();
        this.reason = r.length() > REASON_MAX ? r.substring(0, REASON_MAX) : r;
        this.headline = content.headline();
        this.text = content.asText();
    }

    public long getStoryId() {
        return storyId;
    }

    public int getNumber() {
        return number;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getReason() {
        return reason;
    }

    public String getHeadline() {
        return headline;
    }

    public String getText() {
        return text;
    }
}
