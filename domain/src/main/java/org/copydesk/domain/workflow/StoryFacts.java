package org.copydesk.domain.workflow;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the guards found, gathered by the application before a move: per guard, the sentences naming what is
 * unmet (empty when the guard passes). Each sentence is one an editor can act on. A guard that was not asked
 * has nothing unmet here.
 */
public record StoryFacts(Map<GuardName, List<String>> unmet) {

    public StoryFacts {
        Map<GuardName, List<String>> copy = new EnumMap<>(GuardName.class);
        unmet.forEach((guard, reasons) -> copy.put(guard, List.copyOf(reasons)));
        unmet = Map.copyOf(copy);
    }

    /** Facts of the content guard alone, as the story itself knows them. */
    public static StoryFacts of(boolean hasHeadline, int blockCount) {
        return new StoryFacts(Map.of(GuardName.CONTENT, contentProblems(hasHeadline, blockCount)));
    }

    /** Content, sourcing and findings at once (tests and callers that gathered all three). */
    public StoryFacts(boolean hasHeadline, int blockCount, List<String> sourcingProblems, List<String> openFindings) {
        this(Map.of(
                GuardName.CONTENT,
                contentProblems(hasHeadline, blockCount),
                GuardName.SOURCES,
                sourcingProblems,
                GuardName.FINDINGS,
                openFindings));
    }

    /** What one guard found; empty when it passed or was not asked. */
    public List<String> unmet(GuardName guard) {
        return unmet.getOrDefault(guard, List.of());
    }

    public List<String> sourcingProblems() {
        return unmet(GuardName.SOURCES);
    }

    public List<String> openFindings() {
        return unmet(GuardName.FINDINGS);
    }

    /** The content guard's rule: a headline and at least one body block. */
    public static List<String> contentProblems(boolean hasHeadline, int blockCount) {
        List<String> unmet = new ArrayList<>();
        if (!hasHeadline) {
            unmet.add("The story needs a headline.");
        }
        if (blockCount < 1) {
            unmet.add("The story needs at least one body block.");
        }
        return unmet;
    }
}
