package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.copydesk.domain.section.Section;
import org.copydesk.domain.section.SectionRepository;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.AdminAction;
import org.copydesk.domain.user.AdminAction.Kind;
import org.copydesk.domain.user.AdminActionRepository;
import org.copydesk.domain.workflow.Permission;
import org.copydesk.domain.workflow.Policy;

/**
 * The newsroom's section list: the names offered for new stories, and (administrators) adding, renaming, retiring
 * and restoring sections. A renamed section takes its stories with it; a retired one is offered for no new story
 * but stays on the stories filed in it. Every change is in the administrators' log.
 */
@ApplicationScoped
@Transactional
public class SectionService {

    private static final Logger LOG = Logger.getLogger(SectionService.class.getName());

    /** A section as administrators see it. */
    public record SectionView(long id, String name, int position, boolean retired, long version) {
        static SectionView of(Section s) {
            return new SectionView(s.getId(), s.getName(), s.getPosition(), s.isRetired(), s.getVersion());
        }
    }

    @Inject
    SectionRepository sections;

    @Inject
    AdminActionRepository log;

    @Inject
    Clock clock;

    /** The sections in use, in the newsroom's order. */
    public List<String> names() {
        return sections.names();
    }

    /** Every section, retired ones too (a retired section's feed goes on). */
    public List<String> allNames() {
        return sections.all().stream().map(Section::getName).toList();
    }

    public List<SectionView> list(Actor by) {
        Policy.require(by, Permission.ADMINISTER);
        return sections.all().stream().map(SectionView::of).toList();
    }

    /** Adds a section at the end of the list. */
    public SectionView add(String name, Actor by) {
        Policy.require(by, Permission.ADMINISTER);
        requireFree(Section.checked(name), null);
        Section section = new Section(
                name,
                sections.all().stream().mapToInt(Section::getPosition).max().orElse(0) + 1);
        sections.store(section);
        record(by, Kind.SECTION_ADDED, section.getName(), null);
        LOG.info(() -> "Section " + section.getName() + " added by " + by.username());
        return SectionView.of(section);
    }

    /**
     * Renames a section (its stories move with it) and retires or restores it; {@code expectedVersion}, when given,
     * must be the version read.
     */
    public SectionView update(long id, Long expectedVersion, String name, boolean retired, Actor by) {
        Policy.require(by, Permission.ADMINISTER);
        Section section = sections.find(id).orElseThrow(() -> new NotFoundException("There is no section " + id + "."));
        if (expectedVersion != null && expectedVersion != section.getVersion()) {
            throw new SectionConflictException(
                    "Someone changed the section \"" + section.getName() + "\" since you "
                            + "read it. Read it again and make your change on what it is now.",
                    true);
        }
        String old = section.getName();
        String renamed = Section.checked(name);
        if (!old.equals(renamed)) {
            requireFree(renamed, section.getId());
            section.rename(renamed);
            int stories = sections.refile(old, section.getName());
            record(
                    by,
                    Kind.SECTION_RENAMED,
                    section.getName(),
                    old + " → " + section.getName() + "; " + stories + (stories == 1 ? " story" : " stories")
                            + " refiled");
        }
        if (retired && !section.isRetired()) {
            section.retire();
            record(by, Kind.SECTION_RETIRED, section.getName(), null);
        } else if (!retired && section.isRetired()) {
            section.restore();
            record(by, Kind.SECTION_RESTORED, section.getName(), null);
        }
        return SectionView.of(sections.store(section)); // written now: the view carries the new version
    }

    private void requireFree(String name, Long self) {
        sections.findByName(name).filter(other -> !other.getId().equals(self)).ifPresent(other -> {
            throw new SectionConflictException(
                    "There is already a section \"" + other.getName() + "\""
                            + (other.isRetired() ? " (retired: restore it instead)" : "") + ".",
                    false);
        });
    }

    private void record(Actor by, Kind kind, String target, String detail) {
        log.record(new AdminAction(clock.instant(), by.username(), kind, target, detail));
    }
}
