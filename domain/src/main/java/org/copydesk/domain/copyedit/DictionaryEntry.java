package org.copydesk.domain.copyedit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.workflow.Permission;
import org.copydesk.domain.workflow.Policy;

/** A word or name of the newsroom dictionary: never a misspelling, and a name near-misses are compared to. */
@Entity
@Table(name = "dictionary_entry")
public class DictionaryEntry {

    @Id
    @SequenceGenerator(name = "dictionary_seq", sequenceName = "dictionary_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dictionary_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String word;

    @Column(name = "added_by", nullable = false, length = 40)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected DictionaryEntry() {
        // for JPA
    }

    public DictionaryEntry(String word, Actor by, Instant now) {
        Policy.require(by, Permission.MANAGE_DICTIONARY);
        if (word == null
                || word.isBlank()
                || word.strip().length() > 100
                || word.strip().contains(" ") && word.strip().length() > 60) {
            throw new IllegalArgumentException("A dictionary entry is a word or a short name.");
        }
        this.word = word.strip();
        this.addedBy = by.username();
        this.addedAt = now;
    }

    public String getWord() {
        return word;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
