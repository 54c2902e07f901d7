package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.copydesk.application.DeskMetrics.CorrectionFigures;
import org.copydesk.application.DeskMetrics.GroupFigures;
import org.copydesk.application.DeskMetrics.StateFigures;
import org.copydesk.domain.metrics.MetricsPeriod;
import org.copydesk.domain.metrics.MetricsRepository;
import org.copydesk.domain.metrics.MetricsRepository.Count;
import org.copydesk.domain.metrics.MetricsRepository.Dimension;
import org.copydesk.domain.metrics.MetricsRepository.Median;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.workflow.Permission;
import org.copydesk.domain.workflow.Policy;
import org.copydesk.domain.workflow.StoryState;

/** The desk metrics page and API: editors and admins. The database computes; this only arranges. */
@ApplicationScoped
@Transactional
public class MetricsService {

    @Inject
    MetricsRepository metrics;

    @Inject
    Clock clock;

    public DeskMetrics metrics(MetricsPeriod period, Actor by) {
        Policy.require(by, Permission.VIEW_METRICS);
        Instant now = clock.instant();
        Instant since = period.since(now);
        List<GroupFigures> all = figures(Dimension.ALL, since);
        GroupFigures overall = all.isEmpty()
                ? new GroupFigures("all", states(List.of(), List.of(), "all"), corrections(List.of(), List.of(), "all"))
                : all.get(0);
        return new DeskMetrics(
                period.key(),
                period.label(),
                period.days() == null ? null : since,
                now,
                overall.states(),
                overall.corrections(),
                figures(Dimension.SECTION, since),
                figures(Dimension.REPORTER, since));
    }

    private List<GroupFigures> figures(Dimension by, Instant since) {
        List<Count> perState = metrics.storiesPerState(by, since);
        List<Median> stays = metrics.timeInState(by, since);
        List<Count> published = metrics.published(by, since);
        List<Median> corrected = metrics.appliedCorrections(by, since);
        TreeSet<String> groups = new TreeSet<>();
        perState.forEach(c -> groups.add(c.group()));
        stays.forEach(m -> groups.add(m.group()));
        published.forEach(c -> groups.add(c.group()));
        corrected.forEach(m -> groups.add(m.group()));
        if (by == Dimension.ALL) {
            groups.add("all");
        }
        List<GroupFigures> result = new ArrayList<>();
        for (String group : groups) {
            result.add(
                    new GroupFigures(group, states(perState, stays, group), corrections(published, corrected, group)));
        }
        return result;
    }

    /** Every workflow state, in workflow order, with the group's figures (zeros where none). */
    static List<StateFigures> states(List<Count> perState, List<Median> stays, String group) {
        Map<String, Long> counts = new TreeMap<>();
        perState.stream().filter(c -> c.group().equals(group)).forEach(c -> counts.put(c.state(), c.count()));
        Map<String, Median> medians = new TreeMap<>();
        stays.stream().filter(m -> m.group().equals(group)).forEach(m -> medians.put(m.state(), m));
        List<StateFigures> states = new ArrayList<>();
        for (StoryState state : StoryState.values()) {
            Median m = medians.get(state.name());
            states.add(new StateFigures(
                    state.name(),
                    counts.getOrDefault(state.name(), 0L),
                    m == null ? 0 : m.count(),
                    m == null ? null : m.medianSeconds()));
        }
        return states;
    }

    static CorrectionFigures corrections(List<Count> published, List<Median> corrected, String group) {
        long stories = published.stream()
                .filter(c -> c.group().equals(group))
                .mapToLong(Count::count)
                .sum();
        Median applied = corrected.stream()
                .filter(m -> m.group().equals(group))
                .findFirst()
                .orElse(null);
        long count = applied == null ? 0 : applied.count();
        return new CorrectionFigures(
                stories, count, per100(count, stories), applied == null ? null : applied.medianSeconds());
    }

    /** Corrections per 100 published stories; null when nothing was published. */
    public static Double per100(long corrections, long published) {
        return published == 0 ? null : corrections * 100.0 / published;
    }
}
