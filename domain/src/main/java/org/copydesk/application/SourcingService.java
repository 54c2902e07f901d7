package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.copydesk.domain.sourcing.Anonymity;
import org.copydesk.domain.sourcing.Attribution;
import org.copydesk.domain.sourcing.AttributionRepository;
import org.copydesk.domain.sourcing.AttributionStatus;
import org.copydesk.domain.sourcing.ClaimTracker;
import org.copydesk.domain.sourcing.DetectedAttribution;
import org.copydesk.domain.sourcing.Source;
import org.copydesk.domain.sourcing.SourceKind;
import org.copydesk.domain.sourcing.SourceRepository;
import org.copydesk.domain.sourcing.SourcingGate;
import org.copydesk.domain.sourcing.VerificationStatus;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.story.StoryRepository;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.workflow.Permission;
import org.copydesk.domain.workflow.Policy;
import org.copydesk.engine.detection.AttributionDetector;
import org.copydesk.engine.detection.ManualProposal;

/**
 * The sourcing review: the source registry, the attributions of a story (proposed by the detector on
 * every save, decided by editors), and the gate they make for SOURCING_REVIEW → COPY_EDIT.
 */
@ApplicationScoped
@Transactional
public class SourcingService {

    private static final AttributionDetector DETECTOR = new AttributionDetector();
    private static final Logger LOG = Logger.getLogger(SourcingService.class.getName());

    @Inject
    Event<RegistryChanged> registryChanged;

    @Inject
    SourceRepository sources;

    @Inject
    AttributionRepository attributions;

    @Inject
    StoryRepository stories;

    @Inject
    Clock clock;

    @Inject
    SourcingGuard guard;

    // --- the registry ------------------------------------------------------------------------------

    public SourceView createSource(String name, SourceKind kind, String role, String reference, Actor by) {
        Policy.require(by, Permission.ADD_SOURCE);
        if (!sources.findByKey(Source.key(name)).isEmpty()) {
            throw new IllegalArgumentException(
                    "There is already a source called \"" + name.strip() + "\"; link that one or merge them.");
        }
        registryChanged.fire(new RegistryChanged());
        return SourceView.of(sources.store(new Source(name, kind, role, reference, by, clock.instant())));
    }

    public SourceView source(long id) {
        return SourceView.of(loadSource(id));
    }

    public Page<SourceView> searchSources(String text, int page, int size) {
        int offset = Page.offset(page, size);
        List<SourceView> items =
                sources.search(text, offset, size).stream().map(SourceView::of).toList();
        return new Page<>(items, sources.count(text), page, size);
    }

    /** Whether linking a claim to this source asks why anonymity was granted. */
    public boolean isAnonymous(long sourceId) {
        return Anonymity.asksReason(loadSource(sourceId));
    }

    public SourceView verify(long sourceId, VerificationStatus status, String note, Actor by) {
        Source source = loadSource(sourceId);
        source.verify(status, note, by, clock.instant());
        return SourceView.of(source);
    }

    // --- a story's attributions -------------------------------------------------------------------

    public List<AttributionView> attributions(long storyId) {
        Story story = loadStory(storyId);
        return views(story, attributions.ofStory(storyId), true);
    }

    /** The story and its attributions in one read, for the sourcing desk's answer to every action. */
    public SourcingDeskView desk(long storyId) {
        Story story = loadStory(storyId);
        return new SourcingDeskView(StoryDetails.of(story), views(story, attributions.ofStory(storyId), true));
    }

    /**
     * Links a claim to a registry source; an anonymous one needs {@code anonymityReason}, why anonymity was
     * granted (see {@link Anonymity}), else {@link org.copydesk.domain.sourcing.AnonymityReasonException}.
     */
    public AttributionView link(long storyId, long attributionId, long sourceId, String anonymityReason, Actor by) {
        Attribution a = load(storyId, attributionId);
        a.link(loadSource(sourceId), anonymityReason, by, clock.instant());
        return view(storyId, a);
    }

    /**
     * Links to a new source made from the detector's proposal (or the given name), in one step; a registry source
     * of that name is linked instead of making a second. When the source is anonymous the reason anonymity was
     * granted is checked before anything is made: without it no source is made and nothing is linked.
     */
    public AttributionView linkNew(
            long storyId,
            long attributionId,
            String name,
            SourceKind kind,
            String role,
            String anonymityReason,
            Actor by) {
        Attribution a = load(storyId, attributionId);
        String n = name == null || name.isBlank() ? a.getProposedName() : name;
        if (n == null || n.isBlank()) {
            throw new IllegalArgumentException("Type the new source's name: nothing in the claim's words names it.");
        }
        SourceKind k = kind == null ? Optional.ofNullable(a.getProposedKind()).orElse(SourceKind.PERSON) : kind;
        Optional<Source> existing = sources.findByKey(Source.key(n)).stream().findFirst();
        if (existing.map(Anonymity::asksReason).orElse(k == SourceKind.ANONYMOUS)) {
            Anonymity.reason(anonymityReason);
        }
        registryChanged.fire(new RegistryChanged());
        Source source = existing.orElseGet(() ->
                sources.store(new Source(n, k, role == null ? a.getProposedRole() : role, null, by, clock.instant())));
        a.link(source, anonymityReason, by, clock.instant());
        return view(storyId, a);
    }

    public AttributionView reject(long storyId, long attributionId, String reason, Actor by) {
        Attribution a = load(storyId, attributionId);
        a.reject(reason, by, clock.instant());
        return view(storyId, a);
    }

    public AttributionView waive(long storyId, long attributionId, String reason, Actor by) {
        Attribution a = load(storyId, attributionId);
        a.waive(reason, by, clock.instant());
        return view(storyId, a);
    }

    /** An attribution the detector missed, marked by an editor on the text. */
    public AttributionView add(long storyId, String blockKey, int start, int end, Actor by) {
        Policy.require(by, Permission.RUN_SOURCING_REVIEW);
        Story story = loadStory(storyId);
        Block block = story.content().blocks().stream()
                .filter(b -> b.key().equals(blockKey))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The story has no block " + blockKey + "."));
        String text = block.text();
        if (start < 0 || end > text.length() || end <= start) {
            throw new IllegalArgumentException("The selection is outside the block's text.");
        }
        String span = text.substring(start, end).strip();
        if (span.isEmpty()) {
            throw new IllegalArgumentException("Select the words that attribute the claim.");
        }
        int s = text.indexOf(span, start);
        ManualProposal guess =
                guess(story.content().blocks(), story.content().blocks().indexOf(block), s, s + span.length());
        Attribution a = attributions.store(Attribution.marked(
                storyId,
                blockKey,
                s,
                s + span.length(),
                span,
                sentenceAround(text, s),
                guess.name(),
                guess.kind(),
                guess.role(),
                by,
                clock.instant()));
        return view(storyId, a);
    }

    /** An editor keeps a decision after the claim's words changed (a verb, a spelling fix). */
    public AttributionView confirm(long storyId, long attributionId, Actor by) {
        Attribution a = load(storyId, attributionId);
        a.confirm(by, clock.instant());
        return view(storyId, a);
    }

    /** The detector's guess for words marked by hand; a guess that fails costs the proposal, not the marking. */
    private static ManualProposal guess(List<Block> blocks, int blockIndex, int start, int end) {
        try {
            return DETECTOR.propose(blocks, blockIndex, start, end);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "No proposal for the marked words " + start + ".." + end, e);
            return ManualProposal.NONE;
        }
    }

    // --- the sourcing desk: proposals edited before a source is made, every claim linked at once -----

    /** Corrects an undecided claim's proposal (name, kind, role) before a source is made from it. */
    public AttributionView editProposal(
            long storyId, long attributionId, String name, SourceKind kind, String role, Actor by) {
        Policy.require(by, Permission.RUN_SOURCING_REVIEW);
        Attribution a = load(storyId, attributionId);
        a.editProposal(name, kind, role, by, clock.instant());
        return view(storyId, a);
    }

    /**
     * Links every undecided claim still in the text to the registry source its proposed name matches,
     * or, when none does, to a new source made from the proposal (one per name: two claims proposing the
     * same name share it). Leaves, with the reason, a claim with no proposed name or kind, one whose
     * name several registry sources answer to (the editor picks), and one whose source would be anonymous (its
     * registry match is, or the new source would be): linking it asks why anonymity was granted, on its card.
     * Verifying stays a decision per source.
     */
    public LinkAllResult linkAll(long storyId, Actor by) {
        Policy.require(by, Permission.RUN_SOURCING_REVIEW);
        loadStory(storyId);
        Map<String, Source> made = new HashMap<>();
        int linked = 0;
        List<LinkAllResult.Left> left = new ArrayList<>();
        List<Attribution> undecided = attributions.ofStory(storyId).stream()
                .filter(a -> a.isPresent() && a.getStatus() == AttributionStatus.PROPOSED)
                .toList();
        // the registry is asked once for every proposed name, not once a claim
        Map<String, List<Source>> registry = sources.findByKeys(undecided.stream()
                .map(Attribution::getProposedName)
                .filter(n -> n != null && !n.isBlank())
                .map(Source::key)
                .collect(Collectors.toSet()));
        for (Attribution a : undecided) {
            String name = a.getProposedName();
            if (name == null || name.isBlank()) {
                left.add(new LinkAllResult.Left(
                        a.getId(), a.getSpan(), "has no proposed source; type its name on the card."));
                continue;
            }
            String key = Source.key(name);
            Source source = made.get(key);
            if (source == null) {
                List<Source> matches = registry.getOrDefault(key, List.of());
                if (matches.size() > 1) {
                    left.add(new LinkAllResult.Left(
                            a.getId(),
                            a.getSpan(),
                            "matches " + matches.size() + " registry sources called “" + name + "”; pick one."));
                    continue;
                }
                if (matches.size() == 1) {
                    source = matches.get(0);
                } else if (a.getProposedKind() == null) {
                    left.add(new LinkAllResult.Left(
                            a.getId(), a.getSpan(), "has no proposed kind of source; choose one on the card."));
                    continue;
                } else if (a.getProposedKind() == SourceKind.ANONYMOUS) {
                    left.add(anonymous(a));
                    continue;
                } else {
                    Policy.require(by, Permission.ADD_SOURCE);
                    registryChanged.fire(new RegistryChanged());
                    source = sources.store(
                            new Source(name, a.getProposedKind(), a.getProposedRole(), null, by, clock.instant()));
                    made.put(key, source);
                }
            }
            if (Anonymity.asksReason(source)) {
                left.add(anonymous(a));
                continue;
            }
            a.link(source, by, clock.instant());
            linked++;
        }
        return new LinkAllResult(linked, made.size(), left);
    }

    private static LinkAllResult.Left anonymous(Attribution a) {
        return new LinkAllResult.Left(
                a.getId(), a.getSpan(), "rests on an anonymous source; say why anonymity was granted on its card.");
    }

    /** Re-detects after every save: new proposals are added, decided ones are kept and follow the text. */
    void onStoryChanged(@Observes StoryChanged changed) {
        if (changed.kind() == StoryChanged.Kind.CREATED || changed.kind() == StoryChanged.Kind.SAVED) {
            redetect(changed.storyId(), changed.by());
        }
    }

    /**
     * Brings the story's attributions in step with its text (see {@link ClaimTracker}): claims still there stay,
     * the same claim in new words keeps its decision, new claims are proposed. Answers the new proposals.
     */
    public List<Attribution> redetect(long storyId, String by) {
        Story story = loadStory(storyId);
        List<Block> blocks = story.content().blocks();
        List<Attribution> existing = attributions.ofStory(storyId);
        Set<Long> ids = existing.stream()
                .map(Attribution::getSourceId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, Source> linked = ids.isEmpty()
                ? Map.of()
                : sources.findAll(ids).stream().collect(Collectors.toMap(Source::getId, s -> s));
        ClaimTracker.Outcome outcome = ClaimTracker.reconcile(
                blocks,
                existing,
                DETECTOR.detect(blocks),
                a -> names(a, linked.get(a.getSourceId())),
                by,
                clock.instant());
        outcome.dropped().forEach(attributions::remove);
        List<Attribution> added = new ArrayList<>();
        for (DetectedAttribution d : outcome.added()) {
            added.add(attributions.store(new Attribution(
                    storyId,
                    d.blockKey(),
                    d.start(),
                    d.end(),
                    d.span(),
                    d.claim(),
                    d.cue().name(),
                    d.sourceName(),
                    d.kind(),
                    d.role())));
        }
        return added;
    }

    /**
     * A copy fix replaced words in one block: its claims follow the fix exactly (a fix inside a claim never
     * unlinks it). The caller re-detects the story ({@link #redetect}) once after all its fixes.
     */
    public void followCopyFix(long storyId, String blockKey, String oldText, String newText, String by) {
        List<Attribution> inBlock = attributions.ofStory(storyId).stream()
                .filter(a -> a.getBlockKey().equals(blockKey))
                .toList();
        ClaimTracker.followCopyFix(inBlock, oldText, newText, by, clock.instant());
    }

    private static Set<String> names(Attribution a, Source linked) {
        Set<String> names = new java.util.HashSet<>();
        if (a.getProposedName() != null) {
            names.add(a.getProposedName());
        }
        if (linked != null) {
            names.add(linked.getName());
            names.addAll(linked.getAliases());
        }
        return names;
    }

    // --- the gate --------------------------------------------------------------------------------

    /** What blocks the story's next move forward, one sentence per claim (the sourcing guard's answer). */
    public List<String> sourcingProblems(long storyId) {
        return guard.unmet(loadStory(storyId));
    }

    /** Names the story's linked sources answer to: the copy check never calls them misspellings. */
    public Set<String> linkedSourceNames(long storyId) {
        Set<Long> ids = attributions.ofStory(storyId).stream()
                .map(Attribution::getSourceId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Set<String> names = new java.util.HashSet<>();
        for (Source s : sources.findAll(ids)) {
            names.add(s.getName());
            names.addAll(s.getAliases());
        }
        attributions.ofStory(storyId).stream()
                .map(Attribution::getProposedName)
                .filter(java.util.Objects::nonNull)
                .forEach(names::add);
        return names;
    }

    private List<AttributionView> views(Story story, List<Attribution> list, boolean suggest) {
        List<Block> blocks = story.content().blocks();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            index.put(blocks.get(i).key(), i);
        }
        // the sources linked now and those named in the claims' histories, in one read
        Set<Long> ids = list.stream()
                .flatMap(a -> java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(a.getSourceId()),
                        a.getDecisions().stream().map(d -> d.sourceId())))
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, Source> named = sources.findAll(ids).stream().collect(Collectors.toMap(Source::getId, s -> s));
        Map<Long, Source> linked = named;
        // one registry lookup for every claim that still wants a source, not one a claim
        Map<String, List<Source>> suggestions = suggest
                ? sources.findByKeys(list.stream()
                        .filter(a -> wantsSuggestion(a, linked.get(a.getSourceId())))
                        .map(a -> Source.key(a.getProposedName()))
                        .collect(Collectors.toSet()))
                : Map.of();
        return list.stream()
                .map(a -> toView(
                        a, index.getOrDefault(a.getBlockKey(), -1), linked.get(a.getSourceId()), suggestions, named))
                .sorted(Comparator.comparing(
                                (AttributionView v) -> v.blockIndex() < 0 ? Integer.MAX_VALUE : v.blockIndex())
                        .thenComparing(AttributionView::start))
                .toList();
    }

    private AttributionView view(long storyId, Attribution a) {
        return views(loadStory(storyId), List.of(a), true).get(0);
    }

    private static boolean wantsSuggestion(Attribution a, Source linked) {
        return linked == null && a.getProposedName() != null && a.getStatus() == AttributionStatus.PROPOSED;
    }

    private AttributionView toView(
            Attribution a,
            int blockIndex,
            Source linked,
            Map<String, List<Source>> suggestions,
            Map<Long, Source> named) {
        SourceView source = linked == null ? null : SourceView.of(linked);
        SourceView suggested = null;
        if (wantsSuggestion(a, linked)) {
            suggested = suggestions.getOrDefault(Source.key(a.getProposedName()), List.of()).stream()
                    .findFirst()
                    .map(SourceView::of)
                    .orElse(null);
        }
        return AttributionView.of(a, blockIndex, source, suggested, SourcingGate.blocking(a, linked), named);
    }

    private static String sentenceAround(String text, int at) {
        int start = Math.max(text.lastIndexOf(". ", at) + 1, 0);
        int end = text.indexOf(". ", at);
        return text.substring(start, end < 0 ? text.length() : end + 1).strip();
    }

    private Attribution load(long storyId, long attributionId) {
        return attributions
                .find(attributionId)
                .filter(a -> a.getStoryId() == storyId)
                .orElseThrow(() -> new NotFoundException("Story " + storyId + " has no attribution " + attributionId));
    }

    private Source loadSource(long id) {
        return sources.find(id).orElseThrow(() -> new NotFoundException("No source with id " + id));
    }

    private Story loadStory(long id) {
        return stories.find(id).orElseThrow(() -> new StoryNotFoundException("with id " + id));
    }
}
