package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.domain.section.SectionRepository;
import org.copydesk.domain.story.RevisionRepository;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.story.StoryContent;
import org.copydesk.domain.story.StoryRepository;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.UserRepository;

/** Who works on a story and where it runs, each change its own transaction: assign it to someone, add a section. */
@ApplicationScoped
@Transactional
public class AssignmentService {

    @Inject
    StoryRepository stories;

    @Inject
    RevisionRepository revisions;

    @Inject
    UserRepository users;

    @Inject
    SectionRepository sections;

    @Inject
    Clock clock;

    @Inject
    Event<StoryChanged> changed;

    /** Assigns the story (null or blank unassigns); true when the assignee changed. */
    public boolean assign(long id, String username, Actor by) {
        String wanted = username == null || username.isBlank() ? null : username.strip();
        if (wanted != null) {
            requireUser(wanted);
        }
        Story story = stories.findForUpdate(id).orElseThrow(() -> new StoryNotFoundException("with id " + id));
        boolean changedNow = story.assign(wanted, by);
        if (changedNow) {
            stories.flush();
            changed.fire(
                    new StoryChanged(id, story.getSlug(), story.getState(), by.username(), StoryChanged.Kind.ASSIGNED));
        }
        return changedNow;
    }

    /** Who stories can be assigned to: every user who may sign in, by username. */
    public List<String> assignableUsers() {
        return users.all().stream()
                .filter(u -> u.isEnabled())
                .map(u -> u.getUsername())
                .sorted()
                .toList();
    }

    /** The newsroom's sections, in its order. */
    public List<String> sections() {
        return sections.names();
    }

    /** Throws {@link IllegalArgumentException} unless the user exists and may sign in. */
    public void requireUser(String username) {
        if (users.findByUsername(username).filter(u -> u.isEnabled()).isEmpty()) {
            throw new IllegalArgumentException("There is no user “" + username + "” to assign stories to.");
        }
    }

    /** Throws {@link IllegalArgumentException} unless the section is on the newsroom's list. */
    public void requireSection(String section) {
        if (section == null || !sections.names().contains(section)) {
            throw new IllegalArgumentException(
                    "“" + section + "” is not a section; choose one of " + String.join(", ", sections.names()) + ".");
        }
    }

    /**
     * Adds a section to the story, as a save with a revision; false when the story already has it
     * (idempotent). The story's edit rules apply: a published story is not changed this way.
     */
    public boolean addSection(long id, String section, Actor by) {
        requireSection(section);
        Story story = stories.findForUpdate(id).orElseThrow(() -> new StoryNotFoundException("with id " + id));
        StoryContent content = story.content();
        if (content.sections().contains(section)) {
            return false;
        }
        List<String> more = new ArrayList<>(content.sections());
        more.add(section);
        StoryContent next =
                new StoryContent(content.headline(), content.standfirst(), content.byline(), more, content.blocks());
        boolean saved = story.revise(next, by, "Added section " + section, clock.instant())
                .map(revision -> {
                    revisions.store(revision);
                    return true;
                })
                .orElse(false);
        stories.flush();
        if (saved) {
            changed.fire(
                    new StoryChanged(id, story.getSlug(), story.getState(), by.username(), StoryChanged.Kind.SAVED));
        }
        return saved;
    }
}
