package org.copydesk.domain.section;

import java.util.List;

public interface SectionRepository {

    /** The names of the sections in use (not retired), in the newsroom's order: those offered for new stories. */
    List<String> names();

    /** Every section, retired ones too, in the newsroom's order. */
    List<Section> all();

    java.util.Optional<Section> find(long id);

    java.util.Optional<Section> findByName(String name);

    Section store(Section section);

    /**
     * Files every story filed in section {@code from} in section {@code to} instead, each story's version raised (so
     * that an editor's open copy with the old name cannot overwrite it unawares); answers how many stories.
     */
    int refile(String from, String to);
}
