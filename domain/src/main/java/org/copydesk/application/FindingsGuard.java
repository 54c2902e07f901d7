package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.copydesk.domain.copyedit.CopyEditRepository;
import org.copydesk.domain.copyedit.FindingStatus;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.workflow.GuardName;

/** The copy desk signs a story off only when every copy-check finding is applied or dismissed. */
@ApplicationScoped
public class FindingsGuard implements StoryGuard {

    @Inject
    CopyEditRepository copyEdit;

    @Override
    public GuardName name() {
        return GuardName.FINDINGS;
    }

    @Override
    public List<String> unmet(Story story) {
        return copyEdit.findings(story.getId()).stream()
                .filter(f -> f.getStatus() == FindingStatus.OPEN)
                .map(f -> "Open finding: “" + f.getCovered() + "”"
                        + (f.getSuggestion() == null ? "" : " → “" + f.getSuggestion() + "”") + " (" + f.getMessage()
                        + ")")
                .toList();
    }
}
