package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.copydesk.domain.section.SectionRepository;

/** The newsroom's section list. */
@ApplicationScoped
@Transactional
public class SectionService {

    @Inject
    SectionRepository sections;

    public List<String> names() {
        return sections.names();
    }
}
