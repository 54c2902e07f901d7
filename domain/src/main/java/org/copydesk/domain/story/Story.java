package org.copydesk.domain.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A news story. The aggregate root of the editorial workflow: it checks its own invariants and
 * exposes behaviour, not setters.
 */
@Entity
@Table(name = "story")
@NamedQuery(name = "Story.findAll", query = "select s from Story s order by s.updatedAt desc, s.id desc")
@NamedQuery(name = "Story.count", query = "select count(s) from Story s")
@NamedQuery(name = "Story.findBySlug", query = "select s from Story s where s.slug = :slug")
public class Story {

    public static final int HEADLINE_MAX = 300;
    public static final int BODY_MAX = 200_000;

    @Id
    @SequenceGenerator(name = "story_seq", sequenceName = "story_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "story_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 120)
    private String slug;

    @Column(nullable = false, length = HEADLINE_MAX)
    private String headline;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StoryState state;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Story() {
        // for JPA
    }

    public Story(String slug, String headline, String body, Instant now) {
        this.slug = requireText(slug, "slug", 120);
        this.headline = requireText(headline, "headline", HEADLINE_MAX);
        this.body = Objects.requireNonNull(body, "body");
        if (body.length() > BODY_MAX) {
            throw new IllegalArgumentException("body is longer than " + BODY_MAX + " characters");
        }
        this.state = StoryState.DRAFT;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.updatedAt = now;
    }

    private static String requireText(String value, String name, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new IllegalArgumentException(name + " is longer than " + max + " characters");
        }
        return trimmed;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getHeadline() {
        return headline;
    }

    public String getBody() {
        return body;
    }

    public StoryState getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Story other && slug.equals(other.slug));
    }

    @Override
    public int hashCode() {
        return slug.hashCode();
    }

    @Override
    public String toString() {
        return "Story[" + slug + ", " + state + "]";
    }
}
