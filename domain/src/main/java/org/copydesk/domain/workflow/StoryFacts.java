package org.copydesk.domain.workflow;

import java.util.List;

/**
 * What the guards look at, gathered by the application before a transition: whether the story has a
 * headline and body, what still blocks the sourcing gate (unlinked attributions, sources that are
 * unverified or disputed and not waived) and which copy-check findings are still open. Each list
 * entry is a sentence an editor can act on.
 */
public record StoryFacts(boolean hasHeadline, int blockCount, List<String> sourcingProblems,
        List<String> openFindings) {

    public StoryFacts {
        sourcingProblems = List.copyOf(sourcingProblems);
        openFindings = List.copyOf(openFindings);
    }

    public static StoryFacts of(boolean hasHeadline, int blockCount) {
        return new StoryFacts(hasHeadline, blockCount, List.of(), List.of());
    }
}
