package org.copydesk.application;

import java.util.List;

/** What an import made, and the scrape debris it removed. */
public record ImportResult(StoryDetails story, List<String> debris) {

    public ImportResult {
        debris = List.copyOf(debris);
    }
}
