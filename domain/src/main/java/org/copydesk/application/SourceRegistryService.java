package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.copydesk.domain.sourcing.Anonymity;
import org.copydesk.domain.sourcing.AttributionRepository;
import org.copydesk.domain.sourcing.MergePlan;
import org.copydesk.domain.sourcing.Source;
import org.copydesk.domain.sourcing.SourceEdit;
import org.copydesk.domain.sourcing.SourceRepository;
import org.copydesk.domain.sourcing.SourceUse;
import org.copydesk.domain.sourcing.VerificationStatus;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.workflow.Permission;
import org.copydesk.domain.workflow.Policy;

/**
 * Managing the source registry (editors): editing a record against the version the editor saw, its
 * history, the stories that link it, and merging a duplicate into it with a preview first. Creating,
 * searching and verifying sources are part of the sourcing review ({@link SourcingService}).
 */
@ApplicationScoped
@Transactional
public class SourceRegistryService {

    @Inject
    SourceRepository sources;

    @Inject
    Event<RegistryChanged> registryChanged;

    @Inject
    AttributionRepository attributions;

    @Inject
    Clock clock;

    public SourceView source(long id) {
        return SourceView.of(load(id));
    }

    /** The source's history, oldest line first: creation, verification decisions, edits and merges. */
    public List<SourceView.Check> history(long id) {
        return SourceView.of(load(id)).history();
    }

    /** The stories whose attributions link the source, most recently changed first. */
    public Page<SourceUse> uses(long id, int page, int size) {
        int offset = Page.offset(page, size);
        load(id);
        return new Page<>(sources.uses(id, offset, size), sources.countStories(id), page, size);
    }

    /**
     * Edits the record if the editor saw its newest version; otherwise {@link StaleSourceException}. A name
     * (or a new alias) another live source answers to is refused with {@link SourceNameTakenException}.
     */
    public SourceView edit(long id, long expectedVersion, SourceEdit edit, Actor by) {
        return edit(id, expectedVersion, edit, null, by);
    }

    /**
     * As above; {@code anonymityReason} is asked when the edit makes the source anonymous while claims linked to
     * it have no reason why anonymity was granted: it is written on each of them (see {@link Anonymity#edit}).
     */
    public SourceView edit(long id, long expectedVersion, SourceEdit edit, String anonymityReason, Actor by) {
        Policy.require(by, Permission.MANAGE_SOURCES);
        Source source = sources.findForUpdate(id).orElseThrow(() -> notFound(id));
        if (source.getVersion() != expectedVersion) {
            throw new StaleSourceException(expectedVersion, SourceView.of(source));
        }
        if (edit.name() != null && !Source.key(edit.name()).equals(Source.key(source.getName()))) {
            refuseTaken(edit.name(), id);
        }
        for (String alias : source.aliasesAdded(edit)) {
            refuseTaken(alias, id);
        }
        Anonymity.edit(source, edit, anonymityReason, attributions.linkedTo(id), by, clock.instant());
        sources.flush();
        registryChanged.fire(new RegistryChanged());
        return SourceView.of(source);
    }

    private void refuseTaken(String name, long self) {
        sources.findByKey(Source.key(name)).stream()
                .filter(other -> other.getId() != self)
                .findFirst()
                .ifPresent(other -> {
                    throw new SourceNameTakenException(name.strip(), SourceView.of(other));
                });
    }

    /** What merging the duplicate into the survivor would do; changes nothing. */
    public MergePreview mergePreview(long survivorId, long duplicateId, Actor by) {
        Policy.require(by, Permission.MANAGE_SOURCES);
        Source survivor = load(survivorId);
        Source duplicate = load(duplicateId);
        MergePlan plan = survivor.mergePlan(duplicate);
        long moving = sources.countAttributions(duplicateId);
        List<String> warnings = new ArrayList<>();
        if (survivor.getStatus() != duplicate.getStatus() && moving > 0) {
            warnings.add(moving + (moving == 1 ? " attribution rests" : " attributions rest") + " on \""
                    + duplicate.getName() + "\", which is " + words(duplicate.getStatus()) + "; after the merge "
                    + (moving == 1 ? "it rests" : "they rest") + " on \"" + survivor.getName() + "\", which is "
                    + words(survivor.getStatus()) + "."
                    + (survivor.getStatus().blocksGate() ? " Stories in sourcing review may be blocked again." : ""));
        }
        long withoutReason = attributions.linkedTo(duplicateId).stream()
                .filter(a -> Anonymity.asksReason(survivor)
                        && !Anonymity.asksReason(duplicate)
                        && a.getAnonymityReason() == null)
                .count();
        if (withoutReason > 0) {
            warnings.add("\"" + survivor.getName() + "\" is anonymous and \"" + duplicate.getName() + "\" is not: "
                    + "the merge is refused until the " + withoutReason + (withoutReason == 1 ? " claim" : " claims")
                    + " resting on \"" + duplicate.getName() + "\" say why anonymity was granted. Change its kind to "
                    + "anonymous first (which asks the reason).");
        }
        if (survivor.getKind() != duplicate.getKind()) {
            warnings.add("The kinds differ: \"" + survivor.getName() + "\" stays "
                    + words(survivor.getKind().name()) + ".");
        }
        return new MergePreview(
                side(survivor, sources.countAttributions(survivorId)),
                side(duplicate, moving),
                plan.aliasesGained(),
                plan.roleAfter(),
                origin(plan.roleAfter(), plan.roleFromDuplicate()),
                plan.referenceAfter(),
                origin(plan.referenceAfter(), plan.referenceFromDuplicate()),
                moving,
                sources.countStories(duplicateId),
                sources.uses(duplicateId, 0, MergePreview.STORIES_LISTED),
                warnings);
    }

    /**
     * Merges a duplicate record into the survivor; every attribution linked to it follows. With versions
     * (from a preview, or an If-Match), a record changed since is refused with {@link StaleSourceException}.
     */
    public SourceView merge(
            long survivorId, long duplicateId, Long survivorVersion, Long duplicateVersion, String note, Actor by) {
        Policy.require(by, Permission.MANAGE_SOURCES);
        if (survivorId == duplicateId) {
            throw new IllegalArgumentException("A source cannot be merged into itself.");
        }
        // always in the same order, so that two merges of the same pair cannot wait for each other
        Source first = sources.findForUpdate(Math.min(survivorId, duplicateId))
                .orElseThrow(() -> notFound(Math.min(survivorId, duplicateId)));
        Source second = sources.findForUpdate(Math.max(survivorId, duplicateId))
                .orElseThrow(() -> notFound(Math.max(survivorId, duplicateId)));
        Source survivor = first.getId() == survivorId ? first : second;
        Source duplicate = survivor == first ? second : first;
        if (survivorVersion != null && survivor.getVersion() != survivorVersion) {
            throw new StaleSourceException(survivorVersion, SourceView.of(survivor));
        }
        if (duplicateVersion != null && duplicate.getVersion() != duplicateVersion) {
            throw new StaleSourceException(duplicateVersion, SourceView.of(duplicate));
        }
        // the claims follow with the reasons anonymity was granted they have; refused, with nothing changed, when
        // claims without one would come to rest on an anonymous source
        Anonymity.merge(survivor, duplicate, note, attributions.linkedTo(duplicateId), by, clock.instant());
        sources.flush();
        registryChanged.fire(new RegistryChanged());
        return SourceView.of(survivor);
    }

    private static MergePreview.Side side(Source s, long linked) {
        return new MergePreview.Side(
                s.getId(),
                s.getName(),
                s.getKind(),
                s.getStatus(),
                s.getStatusNote(),
                s.getRole(),
                s.getReference(),
                s.getAliases(),
                s.getVersion(),
                linked);
    }

    private static String origin(String value, boolean fromDuplicate) {
        return value == null ? null : fromDuplicate ? "duplicate" : "survivor";
    }

    private static String words(VerificationStatus status) {
        return words(status.name());
    }

    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private Source load(long id) {
        return sources.find(id).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("No source with id " + id);
    }
}
