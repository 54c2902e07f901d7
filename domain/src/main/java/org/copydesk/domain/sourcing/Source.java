package org.copydesk.domain.sourcing;

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
import org.copydesk.domain.workflow.Permission;
import org.copydesk.domain.workflow.Policy;

/**
 * A source in the registry, reusable across stories: a person, an organisation, a media report, a
 * video, a photo agency, a document or an anonymous source, with its verification status. Only editors
 * change the status, edit the record or merge it; every change is a line of one history (verification,
 * edits and merges together) and nothing is overwritten without a trace.
 */
@Entity
@Table(name = "source")
public class Source {

    public static final int NAME_MAX = 200;
    public static final int ROLE_MAX = 300;
    public static final int REFERENCE_MAX = 500;
    public static final int NOTE_MAX = 2000;
    /** How many aliases an edit may leave a source with (merges may bring more; they are kept). */
    public static final int ALIASES_MAX = 50;

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
        this.role = blankToNull(role, ROLE_MAX);
        this.reference = blankToNull(reference, REFERENCE_MAX);
        this.status = VerificationStatus.UNVERIFIED;
        this.statusBy = by.username();
        this.statusAt = now;
        this.history.add(new SourceCheck(
                SourceEvent.ADDED, VerificationStatus.UNVERIFIED, null, by.username(), now, List.of(), null, null));
    }

    /** How names are compared: case, accents, punctuation and a leading article do not matter. */
    public static String key(String name) {
        String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replaceAll("[^\\p{L}\\p{N}' ]+", " ")
                .replaceAll("\\s+", " ")
                .strip();
        return folded.replaceFirst("^(the|a|an) ", "");
    }

    private static String requireName(String name) {
        String n = blankToNull(name, NAME_MAX);
        if (n == null) {
            throw new IllegalArgumentException("a source needs a name");
        }
        if (key(n).isEmpty()) {
            throw new IllegalArgumentException("A source's name needs letters or digits: \"" + n + "\" has none.");
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
        String n = blankToNull(note, NOTE_MAX);
        if (newStatus != VerificationStatus.VERIFIED && n == null) {
            throw new IllegalArgumentException(
                    "Say why the source is " + newStatus.name().toLowerCase() + ".");
        }
        VerificationStatus before = status;
        this.status = Objects.requireNonNull(newStatus);
        this.statusNote = n;
        this.statusBy = by.username();
        this.statusAt = now;
        history.add(new SourceCheck(
                SourceEvent.VERIFICATION,
                newStatus,
                n,
                by.username(),
                now,
                List.of(new SourceChange(SourceChange.STATUS, before.name(), newStatus.name())),
                null,
                null));
    }

    /**
     * Changes the record to read as the edit says (editors only) and writes one line of history with each
     * field before → after and the note; an edit that changes nothing writes nothing. Whether another source
     * already has the new name, or a new alias as its name, is for the caller to check: the registry knows.
     *
     * @return the changes made, empty when the record already read so
     */
    public List<SourceChange> edit(SourceEdit edit, Actor by, Instant now) {
        Policy.require(by, Permission.MANAGE_SOURCES);
        requireLive("edit");
        String newName = requireName(edit.name());
        if (edit.kind() == null) {
            throw new IllegalArgumentException("a source needs a kind");
        }
        String newRole = blankToNull(edit.role(), ROLE_MAX);
        String newReference = blankToNull(edit.reference(), REFERENCE_MAX);
        String note = blankToNull(edit.note(), NOTE_MAX);
        Set<String> newAliases = aliasesFor(newName, edit.aliases() == null ? aliases : edit.aliases());
        if (edit.aliases() != null && newAliases.size() > ALIASES_MAX && newAliases.size() > aliases.size()) {
            throw new IllegalArgumentException("A source keeps at most " + ALIASES_MAX + " aliases.");
        }

        List<SourceChange> changes = new ArrayList<>();
        if (!newName.equals(name)) {
            changes.add(new SourceChange(SourceChange.NAME, name, newName));
        }
        if (edit.kind() != kind) {
            changes.add(
                    new SourceChange(SourceChange.KIND, kind.name(), edit.kind().name()));
        }
        if (!Objects.equals(newRole, role)) {
            changes.add(new SourceChange(SourceChange.ROLE, role, newRole));
        }
        if (!Objects.equals(newReference, reference)) {
            changes.add(new SourceChange(SourceChange.REFERENCE, reference, newReference));
        }
        aliases.stream()
                .filter(a -> !newAliases.contains(a))
                .forEach(a -> changes.add(new SourceChange(SourceChange.ALIAS, a, null)));
        newAliases.stream()
                .filter(a -> !aliases.contains(a))
                .forEach(a -> changes.add(new SourceChange(SourceChange.ALIAS, null, a)));
        if (changes.isEmpty()) {
            return List.of();
        }
        this.name = newName;
        this.nameKey = key(newName);
        this.kind = edit.kind();
        this.role = newRole;
        this.reference = newReference;
        this.aliases.retainAll(newAliases);
        this.aliases.addAll(newAliases);
        history.add(new SourceCheck(SourceEvent.EDITED, status, note, by.username(), now, changes, null, null));
        return List.copyOf(changes);
    }

    /**
     * The aliases as they would be under this name: stripped, one per key (the first spelling wins), none
     * that is the name itself.
     */
    private static Set<String> aliasesFor(String name, java.util.Collection<String> wanted) {
        String nameKey = key(name);
        Set<String> keys = new java.util.HashSet<>();
        Set<String> result = new LinkedHashSet<>();
        for (String alias : wanted) {
            String a = blankToNull(alias, NAME_MAX);
            if (a == null) {
                continue;
            }
            String k = key(a);
            if (!k.isEmpty() && !k.equals(nameKey) && keys.add(k)) {
                result.add(a);
            }
        }
        return result;
    }

    /** The names an edit would add as aliases (for the registry to check that no other source has them). */
    public Set<String> aliasesAdded(SourceEdit edit) {
        if (edit.aliases() == null) {
            return Set.of();
        }
        Set<String> known = new java.util.HashSet<>();
        aliases.forEach(a -> known.add(key(a)));
        Set<String> added = new LinkedHashSet<>();
        for (String a : aliasesFor(edit.name() == null ? name : edit.name(), edit.aliases())) {
            if (!known.contains(key(a))) {
                added.add(a);
            }
        }
        return added;
    }

    private void requireLive(String what) {
        if (mergedInto != null) {
            throw new IllegalArgumentException(
                    "This source was merged into source " + mergedInto + "; " + what + " that one.");
        }
    }

    public void addAlias(String alias) {
        String a = blankToNull(alias, NAME_MAX);
        if (a != null && !key(a).equals(nameKey)) {
            aliases.add(a);
        }
    }

    /**
     * What taking in the duplicate would change here, without changing anything: the preview shows it,
     * {@link #absorb} applies it. Refused for a record merged already, either side, or for itself.
     */
    public MergePlan mergePlan(Source duplicate) {
        if (duplicate == this || (id != null && Objects.equals(duplicate.id, id))) {
            throw new IllegalArgumentException("A source cannot be merged into itself.");
        }
        if (mergedInto != null) {
            throw new IllegalArgumentException(
                    "\"" + name + "\" was merged into source " + mergedInto + " already; merge into that one.");
        }
        if (duplicate.mergedInto != null) {
            throw new IllegalArgumentException("Source " + duplicate.id + " was merged already.");
        }
        Set<String> keys = new java.util.HashSet<>();
        keys.add(nameKey);
        aliases.forEach(a -> keys.add(key(a)));
        List<String> gained = new ArrayList<>();
        List<SourceChange> changes = new ArrayList<>();
        List<String> offered = new ArrayList<>();
        offered.add(duplicate.name);
        offered.addAll(duplicate.aliases);
        for (String a : offered) {
            if (keys.add(key(a))) {
                gained.add(a);
                changes.add(new SourceChange(SourceChange.ALIAS, null, a));
            }
        }
        boolean roleTaken = role == null && duplicate.role != null;
        boolean referenceTaken = reference == null && duplicate.reference != null;
        if (roleTaken) {
            changes.add(new SourceChange(SourceChange.ROLE, null, duplicate.role));
        }
        if (referenceTaken) {
            changes.add(new SourceChange(SourceChange.REFERENCE, null, duplicate.reference));
        }
        return new MergePlan(
                gained,
                roleTaken ? duplicate.role : role,
                roleTaken,
                referenceTaken ? duplicate.reference : reference,
                referenceTaken,
                changes);
    }

    /**
     * Takes in a duplicate record (editors only): its name and aliases become aliases here, its role and
     * reference fill what this one lacks, and it points here from now on. Both histories get a line.
     */
    public MergePlan absorb(Source duplicate, String note, Actor by, Instant now) {
        Policy.require(by, Permission.MANAGE_SOURCES);
        MergePlan plan = mergePlan(duplicate);
        String n = blankToNull(note, NOTE_MAX);
        aliases.addAll(plan.aliasesGained());
        role = plan.roleAfter();
        reference = plan.referenceAfter();
        duplicate.mergedInto = id;
        history.add(new SourceCheck(
                SourceEvent.MERGED_IN, status, n, by.username(), now, plan.changes(), duplicate.id, duplicate.name));
        duplicate.history.add(
                new SourceCheck(SourceEvent.MERGED_INTO, duplicate.status, n, by.username(), now, List.of(), id, name));
        return plan;
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
