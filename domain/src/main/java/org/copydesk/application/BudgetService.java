package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.story.StoryRepository;
import org.copydesk.domain.workflow.StoryState;

/**
 * The day's budget: the stories whose deadline, scheduled publication or publication falls on a day, grouped by
 * their first section, each with its slug, assignee, deadline, length target against its word count now, state
 * and times. Editors set the deadline and length target with {@link ScheduleService#plan}, which changes a story's
 * plan as it changes its schedule.
 */
@ApplicationScoped
@Transactional
public class BudgetService {

    /** The most stories a day's budget lists. */
    public static final int MAX_LINES = 300;

    /** What a story filed in no section is listed under. */
    public static final String NO_SECTION = "No section";

    /** One story of the budget. {@code words} is its length now. */
    public record Line(
            long id,
            String slug,
            String headline,
            String section,
            String reporter,
            String assignee,
            Instant deadline,
            Integer lengthTarget,
            int words,
            StoryState state,
            Instant publishAt,
            Instant publishedAt,
            long version)
            implements java.io.Serializable {

        /** Whether the deadline passed and the story is not yet ready or published. */
        public boolean late(Instant now) {
            return deadline != null
                    && deadline.isBefore(now)
                    && state != StoryState.READY
                    && state != StoryState.PUBLISHED
                    && state != StoryState.RETRACTED;
        }
    }

    /** A section's lines. */
    public record Section(String name, List<Line> lines) implements java.io.Serializable {}

    @Inject
    StoryRepository stories;

    @Inject
    Clock clock;

    /**
     * The budget of the day {@code [from, before)}, sections in the order their first story comes (in a
     * transaction: each story's sections and blocks are read for its section and word count).
     */
    public List<Section> day(Instant from, Instant before) {
        Map<String, List<Line>> bySection = new LinkedHashMap<>();
        for (Story s : stories.budget(from, before, MAX_LINES)) {
            String section = s.content().sections().isEmpty()
                    ? NO_SECTION
                    : s.content().sections().get(0);
            bySection
                    .computeIfAbsent(section, k -> new ArrayList<>())
                    .add(new Line(
                            s.getId(),
                            s.getSlug(),
                            s.getHeadline(),
                            section,
                            s.getReporter(),
                            s.getAssignee(),
                            s.getDeadline(),
                            s.getLengthTarget(),
                            s.wordCount(),
                            s.getState(),
                            s.getPublishAt(),
                            s.getPublishedAt(),
                            s.getVersion()));
        }
        List<Section> sections = new ArrayList<>();
        bySection.forEach((name, lines) -> sections.add(new Section(name, List.copyOf(lines))));
        return sections;
    }

    public Instant now() {
        return clock.instant();
    }
}
