package org.copydesk.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.copydesk.domain.metrics.MetricsRepository;

/**
 * Desk metrics in portable SQL (H2 2.x and PostgreSQL): LEAD over each story's transition log gives the
 * stays in each state, PERCENTILE_CONT(0.5) WITHIN GROUP the medians; durations are differences of
 * EXTRACT(EPOCH …) in seconds. A story counts in its first section (position 0).
 */
@ApplicationScoped
public class JpaMetricsRepository implements MetricsRepository {

    private static final String FIRST_SECTION_JOIN =
            " left join story_section d on d.story_id = s.id and d.position = 0";

    @PersistenceContext(unitName = "copydesk")
    EntityManager em;

    private static String group(Dimension by) {
        return switch (by) {
            case ALL -> "'all'";
            case SECTION -> "coalesce(d.name, '(no section)')";
            case REPORTER -> "s.reporter";
        };
    }

    /**
     * The GROUP BY of a figure by {@code by} and, if given, one more column. PostgreSQL refuses a constant in
     * GROUP BY ("non-integer constant"), so the whole newsroom ({@code ALL}) is grouped by the other column only,
     * or is one aggregate row kept only when something was counted (as a GROUP BY would).
     */
    private static String groupBy(Dimension by, String also) {
        if (by == Dimension.ALL) {
            return also == null ? " having count(*) > 0" : " group by " + also;
        }
        return " group by " + group(by) + (also == null ? "" : ", " + also);
    }

    private static String seconds(String from, String to) {
        return "cast(extract(epoch from " + to + ") - extract(epoch from " + from + ") as double precision)";
    }

    @Override
    public List<Count> storiesPerState(Dimension by, Instant since) {
        String g = group(by);
        String sql = "select " + g + " as grp, s.state, count(*) from story s" + FIRST_SECTION_JOIN
                + " where s.created_at >= :since" + groupBy(by, "s.state");
        return counts(sql, since, true);
    }

    @Override
    public List<Median> timeInState(Dimension by, Instant since) {
        String g = group(by);
        String sql = "with ev as ("
                + " select s0.id as story_id, -1 as pos, cast('DRAFT' as varchar(20)) as state, s0.created_at as at"
                + " from story s0"
                + " union all"
                + " select t.story_id, t.position, t.to_state, t.at from story_transition t"
                + "), stay as ("
                + " select story_id, state, at as entered,"
                + " lead(at) over (partition by story_id order by pos) as left_at from ev"
                + ")"
                + " select " + g + " as grp, stay.state, count(*),"
                + " percentile_cont(0.5) within group (order by " + seconds("stay.entered", "stay.left_at") + ")"
                + " from stay join story s on s.id = stay.story_id" + FIRST_SECTION_JOIN
                + " where stay.left_at is not null and stay.left_at >= :since"
                + groupBy(by, "stay.state");
        return medians(sql, since, true);
    }

    @Override
    public List<Count> published(Dimension by, Instant since) {
        String g = group(by);
        String sql = "select " + g + " as grp, count(*) from story s" + FIRST_SECTION_JOIN
                + " where s.published_at is not null and s.published_at >= :since" + groupBy(by, null);
        return counts(sql, since, false);
    }

    @Override
    public List<Median> appliedCorrections(Dimension by, Instant since) {
        String g = group(by);
        String sql = "select " + g + " as grp, count(*),"
                + " percentile_cont(0.5) within group (order by " + seconds("c.proposed_at", "c.decided_at") + ")"
                + " from correction c join story s on s.id = c.story_id" + FIRST_SECTION_JOIN
                + " where c.status = 'APPLIED' and s.published_at is not null and c.decided_at >= s.published_at"
                + " and c.decided_at >= :since" + groupBy(by, null);
        return medians(sql, since, false);
    }

    @SuppressWarnings("unchecked")
    private List<Count> counts(String sql, Instant since, boolean withState) {
        List<Object[]> rows =
                em.createNativeQuery(sql).setParameter("since", at(since)).getResultList();
        return rows.stream()
                .map(r -> withState
                        ? new Count(String.valueOf(r[0]), String.valueOf(r[1]), ((Number) r[2]).longValue())
                        : new Count(String.valueOf(r[0]), null, ((Number) r[1]).longValue()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Median> medians(String sql, Instant since, boolean withState) {
        List<Object[]> rows =
                em.createNativeQuery(sql).setParameter("since", at(since)).getResultList();
        int i = withState ? 1 : 0;
        return rows.stream()
                .map(r -> new Median(
                        String.valueOf(r[0]),
                        withState ? String.valueOf(r[1]) : null,
                        ((Number) r[i + 1]).longValue(),
                        r[i + 2] == null ? 0 : ((Number) r[i + 2]).doubleValue()))
                .toList();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
