package org.copydesk.web.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.application.MergePreview;
import org.copydesk.application.NotFoundException;
import org.copydesk.application.SourceNameTakenException;
import org.copydesk.application.SourceRegistryService;
import org.copydesk.application.SourceView;
import org.copydesk.application.SourcingService;
import org.copydesk.application.StaleSourceException;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.domain.sourcing.Source;
import org.copydesk.domain.sourcing.SourceEdit;
import org.copydesk.domain.sourcing.SourceKind;
import org.copydesk.domain.sourcing.SourceUse;
import org.copydesk.domain.sourcing.VerificationStatus;
import org.copydesk.domain.workflow.Permission;
import org.copydesk.domain.workflow.Policy;
import org.copydesk.web.security.CurrentUser;

/**
 * The source registry screen ({@code desk/sources.xhtml?q=…&id=…}, editors): a search paged in the
 * database, and one source's record to edit against the version it was read at, its aliases, verification,
 * history, the stories that link it, and "Merge into…" with a preview before the merge is confirmed.
 */
@Named
@ViewScoped
public class SourcesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SourceRegistryService registry;

    @Inject
    SourcingService sourcing;

    @Inject
    CurrentUser user;

    private String q;
    private Long id;

    private PagedModel<SourceView> results;
    private PagedModel<SourceUse> uses;
    private SourceView source;

    // the edit form, and the version of the record it was filled from
    private String name;
    private SourceKind kind;
    private String role;
    private String reference;
    private List<String> aliases = new ArrayList<>();
    private String newAlias;
    private String note;
    /**
     * Why anonymity was granted, for the claims linked to this source when the edit makes it anonymous; the field
     * is shown once a save was refused for want of it (claims rest on the source without a reason).
     */
    private String anonymityReason;

    private boolean askWhy;
    private long version;

    /** The record as someone else saved it while this editor was editing; the form keeps the editor's. */
    private SourceView conflict;
    /** The source that has the name the editor tried to give this one. */
    private SourceView taken;

    private String verifyNote;

    private SourceView survivor;
    private MergePreview preview;
    private String mergeNote;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        var refusal = Policy.check(user.actor(), Permission.MANAGE_SOURCES);
        if (refusal.isPresent()) {
            faces.getExternalContext().responseSendError(403, refusal.get().message());
            faces.responseComplete();
            return;
        }
        SourcingService search = sourcing;
        String text = q;
        results = new PagedModel<>((page, size) -> search.searchSources(text, page, size), s -> String.valueOf(s.id()));
        if (id != null) {
            try {
                fill(registry.source(id));
            } catch (NotFoundException e) {
                faces.getExternalContext().responseSendError(404, "No such source");
                faces.responseComplete();
                return;
            }
            SourceRegistryService stories = registry;
            long sourceId = id;
            uses = new PagedModel<>(
                    (page, size) -> stories.uses(sourceId, page, size), u -> String.valueOf(u.storyId()));
        }
    }

    /** Shows the record and fills the form from it: the version the next save is checked against. */
    private void fill(SourceView s) {
        source = s;
        name = s.name();
        kind = s.kind();
        role = s.role();
        reference = s.reference();
        aliases = new ArrayList<>(
                s.aliases().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList());
        newAlias = null;
        note = null;
        anonymityReason = null;
        askWhy = false;
        version = s.version();
        conflict = null;
        taken = null;
    }

    public void save() {
        taken = null;
        try {
            SourceView saved = registry.edit(
                    source.id(),
                    version,
                    new SourceEdit(name, kind, role, reference, aliases, note),
                    anonymityReason,
                    user.actor());
            boolean changed = saved.version() != version;
            fill(saved);
            Messages.info(
                    changed
                            ? "Saved: "
                                    + saved.history()
                                            .get(saved.history().size() - 1)
                                            .summary() + "."
                            : "Nothing to save: the record already reads so.");
        } catch (StaleSourceException e) {
            conflict = e.current();
        } catch (SourceNameTakenException e) {
            taken = e.existing();
            fieldError(
                    "record:name",
                    "There is already a source called “" + taken.name() + "” (#" + taken.id()
                            + "). Merge this one into it instead.");
        } catch (org.copydesk.domain.sourcing.AnonymityReasonException e) {
            askWhy = true;
            fieldError("record:why", e.getMessage());
        } catch (NotPermittedException | IllegalArgumentException e) {
            Messages.error(null, e.getMessage());
        } catch (RuntimeException e) {
            if (!Messages.storyBusy(e, "")) {
                throw e;
            }
        }
    }

    /** Saves the editor's form over the version someone else saved meanwhile (theirs stays in the history). */
    public void saveMineAnyway() {
        if (conflict != null) {
            version = conflict.version();
            conflict = null;
            save();
        }
    }

    /** Throws the editor's changes away and shows the record as it is now. */
    public void reload() {
        fill(registry.source(source.id()));
        preview = null;
        Messages.info("Reloaded: the form shows the record as it is now.");
    }

    public void addAlias() {
        String a = newAlias == null ? "" : newAlias.strip().replaceAll("\\s+", " ");
        if (a.isEmpty()) {
            fieldError("record:newAlias", "Type the other name first.");
            return;
        }
        if (a.length() > Source.NAME_MAX) {
            fieldError("record:newAlias", "An alias is at most " + Source.NAME_MAX + " characters.");
            return;
        }
        String key = Source.key(a);
        if (key.equals(Source.key(name == null ? "" : name))
                || aliases.stream().anyMatch(existing -> Source.key(existing).equals(key))) {
            fieldError("record:newAlias", "“" + a + "” is already this source's name or one of its aliases.");
            return;
        }
        aliases.add(a);
        newAlias = null;
    }

    public void removeAlias(String alias) {
        aliases.remove(alias);
    }

    public void verify(VerificationStatus status) {
        boolean formCurrent = source.version() == version;
        try {
            SourceView verified = sourcing.verify(source.id(), status, verifyNote, user.actor());
            source = verified;
            if (formCurrent) {
                version = verified.version(); // the editor's own change: the form is not stale because of it
            }
            verifyNote = null;
            Messages.info(verified.name() + " is now " + status.name().toLowerCase() + ".");
        } catch (NotPermittedException | IllegalArgumentException e) {
            fieldError("verification:verifyNote", e.getMessage());
        }
    }

    /** Sources to merge this one into: any live source but itself. */
    public List<SourceView> completeSurvivor(String query) {
        return sourcing.searchSources(query, 0, 11).items().stream()
                .filter(s -> s.id() != source.id())
                .limit(10)
                .toList();
    }

    /** Offers the source whose name the editor tried to take as the one to merge into. */
    public void mergeIntoTaken() {
        survivor = taken;
        previewMerge();
    }

    public void previewMerge() {
        if (survivor == null) {
            fieldError("merge:survivor", "Pick the source to merge this one into.");
            return;
        }
        try {
            preview = registry.mergePreview(survivor.id(), source.id(), user.actor());
        } catch (NotPermittedException | IllegalArgumentException | NotFoundException e) {
            preview = null;
            fieldError("merge:survivor", e.getMessage());
        }
    }

    public void cancelMerge() {
        preview = null;
        survivor = null;
        mergeNote = null;
    }

    /** Merges as previewed; if either record changed since the preview, shows the new preview instead. */
    public void confirmMerge() throws IOException {
        if (preview == null) {
            return;
        }
        try {
            SourceView merged = registry.merge(
                    preview.survivor().id(),
                    preview.duplicate().id(),
                    preview.survivor().version(),
                    preview.duplicate().version(),
                    mergeNote,
                    user.actor());
            Messages.info("Merged “" + preview.duplicate().name() + "” into “" + merged.name() + "”: "
                    + preview.attributions() + (preview.attributions() == 1 ? " attribution" : " attributions")
                    + " now rest on it.");
            Messages.keepForRedirect();
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext()
                    .redirect(faces.getExternalContext().getRequestContextPath() + "/desk/sources.xhtml?id="
                            + merged.id());
        } catch (StaleSourceException e) {
            Messages.warn(
                    "One of the two records changed since the preview.",
                    "Look at the preview again before " + "you merge.");
            previewMerge();
        } catch (NotPermittedException | IllegalArgumentException | NotFoundException e) {
            Messages.error(null, e.getMessage());
        } catch (RuntimeException e) {
            if (!Messages.storyBusy(e, "")) {
                throw e;
            }
        }
    }

    /** The history newest first, as a timeline reads. */
    public List<SourceView.Check> getTimeline() {
        List<SourceView.Check> lines = new ArrayList<>(source.history());
        java.util.Collections.reverse(lines);
        return lines;
    }

    /** A message next to a field: p:message shows a message's detail, so the words go there. */
    private static void fieldError(String clientId, String text) {
        Messages.error(clientId, text, text);
    }

    /** A history line's heading; an edit's and a merge's fields are listed under it. */
    public String heading(SourceView.Check line) {
        return switch (line.event()) {
            case ADDED -> "Added to the registry";
            case VERIFICATION -> "Verification: " + line.summary();
            case EDITED -> "Edited";
            case MERGED_IN ->
                line.otherId() == null
                        ? line.summary()
                        : "Merged in “" + line.otherName() + "” (#" + line.otherId() + ")";
            case MERGED_INTO -> line.summary();
        };
    }

    /** The fields a line changed, in words; a verification says its change in the heading. */
    public List<String> changesOf(SourceView.Check line) {
        return line.changes().stream()
                .filter(c -> !org.copydesk.domain.sourcing.SourceChange.STATUS.equals(c.field()))
                .map(org.copydesk.domain.sourcing.SourceChange::describe)
                .toList();
    }

    /** The note of a history line unless it only repeats the heading (lines written before summaries). */
    public String noteOf(SourceView.Check line) {
        return line.note() == null
                        || line.note().equals(line.summary())
                        || line.note().equals(heading(line))
                ? null
                : line.note();
    }

    public String words(Enum<?> constant) {
        return constant == null
                ? ""
                : constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    public boolean isLive() {
        return source != null && source.mergedInto() == null;
    }

    public SourceKind[] getKinds() {
        return SourceKind.values();
    }

    public List<VerificationStatus> getStatuses() {
        return source == null
                ? List.of()
                : java.util.Arrays.stream(VerificationStatus.values())
                        .filter(s -> s != source.status())
                        .toList();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null || q.isBlank() ? null : q.strip();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PagedModel<SourceView> getResults() {
        return results;
    }

    public PagedModel<SourceUse> getUses() {
        return uses;
    }

    public SourceView getSource() {
        return source;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public SourceKind getKind() {
        return kind;
    }

    public void setKind(SourceKind kind) {
        this.kind = kind;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public List<String> getAliases() {
        return aliases;
    }

    public String getNewAlias() {
        return newAlias;
    }

    public void setNewAlias(String newAlias) {
        this.newAlias = newAlias;
    }

    public String getAnonymityReason() {
        return anonymityReason;
    }

    public void setAnonymityReason(String anonymityReason) {
        this.anonymityReason = anonymityReason;
    }

    /** Whether the form asks why anonymity was granted (a save making the source anonymous was refused without). */
    public boolean isAskWhy() {
        return askWhy;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public long getVersion() {
        return version;
    }

    public SourceView getConflict() {
        return conflict;
    }

    public SourceView getTaken() {
        return taken;
    }

    public String getVerifyNote() {
        return verifyNote;
    }

    public void setVerifyNote(String verifyNote) {
        this.verifyNote = verifyNote;
    }

    public SourceView getSurvivor() {
        return survivor;
    }

    public void setSurvivor(SourceView survivor) {
        this.survivor = survivor;
    }

    public MergePreview getPreview() {
        return preview;
    }

    public String getMergeNote() {
        return mergeNote;
    }

    public void setMergeNote(String mergeNote) {
        this.mergeNote = mergeNote;
    }
}
