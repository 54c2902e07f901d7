package org.copydesk.domain.sourcing;

import org.copydesk.domain.policy.Policy;
import org.copydesk.domain.policy.Permission;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.Role;
import org.copydesk.domain.workflow.NotPermittedException;

/**
 * A source in the registry, reusable across stories: a person, an organisation, a media report, a
 * video, a photo agency, a document or an anonymous source, with its verification status. Only editors
 * change the status; every change stays in the history.
 */
@Entity
@Table(name = "source")
public class Source {

    public static final int NAME_MAX = 200;

    @Id
    @SequenceGenerator(name = "source_seq", sequenceName = "source_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "source_seq")
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "name_key", nullable = false, length = NAME_MAX)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SourceKind kind;

    @Column(length = 300)
    private String role;

    @Column(length = 500)
    private String reference;

    @ElementCollection
    @CollectionTable(name = "source_alias", joinColumns = @JoinColumn(name = "source_id"))
    @Column(name = "alias", nullable = false, length = NAME_MAX)
    private Set<String> aliases = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VerificationStatus status;

    @Column(name = "status_note", length = 2000)
    private String statusNote;

    @Column(name = "status_by", length = 40)
    private String statusBy;

    @Column(name = "status_at")
    private Instant statusAt;

    @Column(name = "merged_into")
    private Long mergedInto;

    @ElementCollection
    @CollectionTable(name = "source_check", joinColumns = @JoinColumn(name = "source_id"))
    @OrderColumn(name = "position")
    private List<SourceCheck> history = new ArrayList<>();

    @Version
    private long version;

    protected Source() {
        // for JPA
    }

    public Source(String name, SourceKind kind, String role, String reference, Actor by, Instant now) {
        this.name = requireName(name);
        this.nameKey = key(this.name);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.role = blankToNull(role, 300);
        this.reference = blankToNull(reference, 500);
        this.status = VerificationStatus.UNVERIFIED;
        this.statusBy = by.username();
        this.statusAt = now;
        this.history.add(new SourceCheck(VerificationStatus.UNVERIFIED, "Added to the registry", by.username(), now));
    }

    /** How names are compared: case, accents, punctuation and a leading article do not matter. */
    public static String key(String name) {
        String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replace('’', '\'')
                .replaceAll("[^\\p{L}\\p{N}' ]+", " ").replaceAll("\\s+", " ").strip();
        return folded.replaceFirst("^(the|a|an) ", "");
    }

    private static String requireName(String name) {
        String n = blankToNull(name, NAME_MAX);
        if (n == null) {
            throw new IllegalArgumentException("a source needs a name");
        }
        return n;
    }

    private static String blankToNull(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().replaceAll("\\s+", " ");
        if (v.length() > max) {
            throw new IllegalArgumentException("'" + v.substring(0, 20) + "…' is longer than " + max + " characters");
        }
        return v;
    }

    /** Sets the verification status; editors only; the note is required for anything but VERIFIED. */
    public void verify(VerificationStatus newStatus, String note, Actor by, Instant now) {
        Policy.require(by, Permission.VERIFY_SOURCE);
        if (mergedInto != null) {
            throw new IllegalArgumentException("This source was merged into another; verify that one.");
        }
        String n = blankToNull(note, 2000);
        if (newStatus != VerificationStatus.VERIFIED && n == null) {
            throw new IllegalArgumentException("Say why the source is " + newStatus.name().toLowerCase() + ".");
        }
        this.status = Objects.requireNonNull(newStatus);
        this.statusNote = n;
        this.statusBy = by.username();
        this.statusAt = now;
        history.add(new SourceCheck(newStatus, n, by.username(), now));
    }

    public void addAlias(String alias) {
        String a = blankToNull(alias, NAME_MAX);
        if (a != null && !key(a).equals(nameKey)) {
            aliases.add(a);
        }
    }

    /** Takes in a duplicate record: its name and aliases become aliases here; it points here from now on. */
    public void absorb(Source duplicate, Actor by, Instant now) {
        Policy.require(by, Permission.MANAGE_SOURCES);
        if (duplicate == this || Objects.equals(duplicate.id, id)) {
            throw new IllegalArgumentException("A source cannot be merged into itself.");
        }
        addAlias(duplicate.name);
        duplicate.aliases.forEach(this::addAlias);
        if (role == null) {
            role = duplicate.role;
        }
        if (reference == null) {
            reference = duplicate.reference;
        }
        duplicate.mergedInto = id;
        String note = "Merged in \"" + duplicate.name + "\" (#" + duplicate.id + ")";
        history.add(new SourceCheck(status, note, by.username(), now));
        duplicate.history.add(new SourceCheck(duplicate.status, "Merged into \"" + name + "\" (#" + id + ")",
                by.username(), now));
    }

    public boolean answersTo(String someName) {
        String k = key(someName);
        return nameKey.equals(k) || aliases.stream().anyMatch(a -> key(a).equals(k));
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public SourceKind getKind() {
        return kind;
    }

    public String getRole() {
        return role;
    }

    public String getReference() {
        return reference;
    }

    public Set<String> getAliases() {
        return Set.copyOf(aliases);
    }

    public VerificationStatus getStatus() {
        return status;
    }

    public String getStatusNote() {
        return statusNote;
    }

    public String getStatusBy() {
        return statusBy;
    }

    public Instant getStatusAt() {
        return statusAt;
    }

    public Long getMergedInto() {
        return mergedInto;
    }

    public List<SourceCheck> getHistory() {
        return List.copyOf(history);
    }

    public long getVersion() {
        return version;
    }
}
