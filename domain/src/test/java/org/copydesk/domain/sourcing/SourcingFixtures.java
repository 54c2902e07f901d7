package org.copydesk.domain.sourcing;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.Role;
import org.copydesk.engine.detection.AttributionDetector;

/**
 * A story's sourcing in memory, for tests of the rules without a database: the detector, a registry with ids,
 * and the same steps SourcingService takes on every save (reconcile, store the new proposals).
 */
final class SourcingFixtures {

    static final AttributionDetector DETECTOR = new AttributionDetector();
    static final Actor EDITOR = Actor.of("ed", Role.EDITOR);
    static final Instant T0 = Instant.parse("2026-12-04T09:00:00Z");

    final Map<Long, Source> registry = new HashMap<>();
    final List<Attribution> attributions = new java.util.ArrayList<>();
    private long nextId = 1;

    Source source(String name, SourceKind kind) {
        Source s = new Source(name, kind, null, null, EDITOR, T0);
        setId(s, nextId++);
        registry.put(s.getId(), s);
        return s;
    }

    /** What SourcingService.redetect does, in memory. */
    ClaimTracker.Outcome redetect(List<Block> blocks, String by) {
        List<DetectedAttribution> found = DETECTOR.detect(blocks);
        ClaimTracker.Outcome outcome = ClaimTracker.reconcile(blocks, attributions, found, this::names, by, T0);
        attributions.removeAll(outcome.dropped());
        for (DetectedAttribution d : outcome.added()) {
            Attribution a = new Attribution(
                    1,
                    d.blockKey(),
                    d.start(),
                    d.end(),
                    d.span(),
                    d.claim(),
                    d.cue().name(),
                    d.sourceName(),
                    d.kind(),
                    d.role());
            setId(a, nextId++);
            attributions.add(a);
        }
        return outcome;
    }

    Attribution add(Attribution a) {
        setId(a, nextId++);
        attributions.add(a);
        return a;
    }

    Set<String> names(Attribution a) {
        Set<String> names = new HashSet<>();
        if (a.getProposedName() != null) {
            names.add(a.getProposedName());
        }
        Source s = a.getSourceId() == null ? null : registry.get(a.getSourceId());
        if (s != null) {
            names.add(s.getName());
            names.addAll(s.getAliases());
        }
        return names;
    }

    List<String> problems() {
        return SourcingGate.problems(attributions, registry);
    }

    Attribution find(String span) {
        return attributions.stream()
                .filter(a -> a.getSpan().equals(span))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no attribution “" + span + "” in " + spans()));
    }

    List<String> spans() {
        return attributions.stream()
                .map(a -> a.getSpan() + (a.isPresent() ? "" : " (gone)"))
                .toList();
    }

    static void setId(Object entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
