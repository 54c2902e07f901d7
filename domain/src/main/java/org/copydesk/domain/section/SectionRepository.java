package org.copydesk.domain.section;

import java.util.List;

public interface SectionRepository {

    /** The section names in the newsroom's order. */
    List<String> names();

    Section store(Section section);
}
