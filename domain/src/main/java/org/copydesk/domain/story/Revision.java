package org.copydesk.domain.story;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A saved state of a story: its number (1, 2, …), who saved it, when, why, the whole story as text (see
 * {@link StoryText}; what the diff compares) and, since schema V13, its fields and blocks as they were
 * (what a restore puts back, keys and all). Revisions are never changed or deleted.
 */
@Entity
@Table(name = "story_revision")
@NamedQuery(
        name = "Revision.findByStory",
        query = "select r from Revision r where r.storyId = :storyId order by r.number desc")
@NamedQuery(name = "Revision.countByStory", query = "select count(r) from Revision r where r.storyId = :storyId")
@NamedQuery(
        name = "Revision.find",
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

    /** Whether the fields and blocks below were kept (revisions made before V13 hold only the text). */
    @Column(name = "content_kept", nullable = false)
    private boolean contentKept;

    @Column(length = StoryContent.STANDFIRST_MAX)
    private String standfirst;

    @Column(length = StoryContent.BYLINE_MAX)
    private String byline;

    @ElementCollection
    @CollectionTable(name = "story_revision_section", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false, length = StoryContent.SECTION_MAX)
    private List<String> sections = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "story_revision_block", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "position")
    private List<Block> blocks = new ArrayList<>();

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
        this.contentKept = true;
        this.standfirst = content.standfirst();
        this.byline = content.byline();
        this.sections.addAll(content.sections());
        this.blocks.addAll(content.blocks());
    }

    /**
     * The story as this revision kept it. A revision made before its blocks were kept is read back from its
     * text ({@link StoryText#parse}); its blocks then take the keys of {@code current} blocks with the same
     * type and words, so what is anchored to them stays anchored.
     */
    public StoryContent content(List<Block> current) {
        if (contentKept) {
            return new StoryContent(headline, standfirst, byline, sections, blocks);
        }
        StoryContent parsed = StoryText.parse(text);
        Map<String, List<String>> keys = new HashMap<>();
        for (Block b : current) {
            keys.computeIfAbsent(b.type() + "\u0000" + b.text(), k -> new ArrayList<>())
                    .add(b.key());
        }
        List<Block> keyed = parsed.blocks().stream()
                .map(b -> {
                    List<String> free = keys.get(b.type() + "\u0000" + b.text());
                    return free == null || free.isEmpty()
                            ? b
                            : new Block(free.remove(0), b.type(), b.text(), b.marks(), b.mediaId(), b.alt());
                })
                .toList();
        return new StoryContent(parsed.headline(), parsed.standfirst(), parsed.byline(), parsed.sections(), keyed);
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
