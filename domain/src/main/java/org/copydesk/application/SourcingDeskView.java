package org.copydesk.application;

import java.io.Serializable;
import java.util.List;

/**
 * What the sourcing desk shows of a story, read in one transaction: the story (its text for the
 * highlights) and its attributions as {@link SourcingService#attributions} answers them.
 */
public record SourcingDeskView(StoryDetails story, List<AttributionView> attributions) implements Serializable {

    public SourcingDeskView {
        attributions = List.copyOf(attributions);
    }
}
