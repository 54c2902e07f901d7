package org.copydesk.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.copydesk.domain.story.StoryQuery;

/**
 * The story list's conditions, for each database. On PostgreSQL the words are a full-text query:
 * {@code search_vector @@ websearch_to_tsquery('english', :q)} over the headline, standfirst and body (see
 * {@code db/vendor/postgresql/V6__story_search.sql}), so "troop" finds "troops", quoted phrases, "or" and
 * "-word" work, and the GIN index answers. On H2 (the development default) each word must appear in the
 * headline, standfirst or a block, compared by a crude stem ({@code LIKE '%troop%'}); no index, fine for a
 * development database. Both order the matches newest first, like every story list, so paging is stable.
 *
 * <p>Counts on PostgreSQL are exact up to {@value #COUNT_CAP} stories ({@value #SEARCH_COUNT_CAP} for a text
 * search, where each match costs a look at its vector); above that the total is the planner's estimate, so
 * a list's total never costs a scan of the whole archive (docs/performance.md).
 */
public final class StorySearch {

    /** The most words a search takes into account. */
    static final int MAX_WORDS = 10;

    private StorySearch() {}

    /** A query with its parameters (named, bound, never spliced into the text). */
    public record Sql(String text, Map<String, Object> params) {}

    /** PostgreSQL, native SQL: the ids of one page of matches, or their exact count. */
    public static Sql postgres(StoryQuery query, boolean count) {
        Sql where = postgresWhere(query);
        String sql = (count ? "select count(*) from story s" : "select s.id from story s")
                + where.text()
                + (count ? "" : " order by s.updated_at desc, s.id desc");
        return new Sql(sql, where.params());
    }

    /** The most rows a PostgreSQL count reads before it settles for the planner's estimate. */
    public static int countCap(StoryQuery query) {
        return query.text() != null ? SEARCH_COUNT_CAP : COUNT_CAP;
    }

    static final int COUNT_CAP = 10_000;
    /**
     * Each counted text match reads its story's search vector (about 2.5 KB, out of line): on the 100,000-story
     * benchmark database 101 of them take 0.5 ms, 1,001 take 8.5 ms, for a word that most stories contain.
     * A search for a word that common is answered "about N" anyway; a rare one still gets its exact count.
     */
    static final int SEARCH_COUNT_CAP = 100;

    /** The exact count, but reading no more than {@code cap + 1} rows: a result above cap means "more". */
    public static Sql postgresCappedCount(StoryQuery query) {
        Sql where = postgresWhere(query);
        return new Sql(
                "select count(*) from (select 1 from story s" + where.text() + " limit " + (countCap(query) + 1)
                        + ") t",
                where.params());
    }

    /** The planner's estimate of the number of matches (first line of EXPLAIN: "… rows=N width=…"). */
    public static Sql postgresEstimate(StoryQuery query) {
        Sql where = postgresWhere(query);
        return new Sql("explain select 1 from story s" + where.text(), where.params());
    }

    /** The row estimate of an EXPLAIN line, or -1. */
    public static long estimatedRows(String planLine) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile(" rows=(\\d+)").matcher(planLine);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static Sql postgresWhere(StoryQuery query) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder();
        if (query.text() != null) {
            sql.append(" and s.search_vector @@ websearch_to_tsquery('english', :q)");
            params.put("q", query.text());
        }
        if (!query.states().isEmpty()) {
            sql.append(" and s.state in (:states)");
            params.put(
                    "states", query.states().stream().map(Enum::name).sorted().toList());
        }
        if (query.reporter() != null) {
            sql.append(" and s.reporter = :reporter");
            params.put("reporter", query.reporter());
        }
        if (query.assignee() != null) {
            sql.append(" and s.assignee = :assignee");
            params.put("assignee", query.assignee());
        }
        if (query.section() != null) {
            sql.append(" and exists (select 1 from story_section ss where ss.story_id = s.id and ss.name = :section)");
            params.put("section", query.section());
        }
        if (query.changedFrom() != null) {
            sql.append(" and s.updated_at >= :changedFrom");
            params.put("changedFrom", query.changedFrom());
        }
        if (query.changedBefore() != null) {
            sql.append(" and s.updated_at < :changedBefore");
            params.put("changedBefore", query.changedBefore());
        }
        return new Sql(sql.isEmpty() ? "" : " where" + sql.substring(4), params);
    }

    /** The words of a search (letters and digits), lower case, at most {@link #MAX_WORDS}. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !words.contains(w) && words.size() < MAX_WORDS) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * A crude English stem for the LIKE search: the plural and verb endings a full-text search would fold
     * ("troops" and "troop", "reported" and "reporting", "stories" and "story").
     */
    public static String stem(String word) {
        String[][] endings = {{"ies", "y"}, {"ing", ""}, {"ed", ""}, {"es", ""}, {"s", ""}};
        for (String[] e : endings) {
            if (word.endsWith(e[0]) && word.length() - e[0].length() + e[1].length() >= 4) {
                String stem = word.substring(0, word.length() - e[0].length()) + e[1];
                return stem.endsWith("y") && e[0].equals("ies") ? stem.substring(0, stem.length() - 1) : stem;
            }
        }
        return word;
    }

    /** {@code %stem%} for LIKE, with the LIKE wildcards of the word escaped by a backslash. */
    public static String likePattern(String word) {
        return "%" + stem(word).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * The portable JPQL conditions (H2, and PostgreSQL without words): states, reporter, assignee, section, the
     * span of the last change, and every word somewhere in the story.
     */
    public static String jpqlWhere(StoryQuery query, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (!query.states().isEmpty()) {
            where.append(" and s.state in :states");
            params.put("states", query.states());
        }
        if (query.reporter() != null) {
            where.append(" and s.reporter = :reporter");
            params.put("reporter", query.reporter());
        }
        if (query.assignee() != null) {
            where.append(" and s.assignee = :assignee");
            params.put("assignee", query.assignee());
        }
        if (query.section() != null) {
            where.append(" and :section member of s.sections");
            params.put("section", query.section());
        }
        if (query.changedFrom() != null) {
            where.append(" and s.updatedAt >= :changedFrom");
            params.put("changedFrom", query.changedFrom());
        }
        if (query.changedBefore() != null) {
            where.append(" and s.updatedAt < :changedBefore");
            params.put("changedBefore", query.changedBefore());
        }
        if (query.text() != null) {
            List<String> words = words(query.text());
            if (words.isEmpty()) {
                where.append(" and 1 = 0"); // nothing searchable (only punctuation): no match
            }
            for (int i = 0; i < words.size(); i++) {
                String p = ":w" + i;
                where.append(" and (lower(s.headline) like ")
                        .append(p)
                        .append(" escape '\\'")
                        .append(" or lower(s.standfirst) like ")
                        .append(p)
                        .append(" escape '\\'")
                        .append(" or exists (select 1 from Story t join t.blocks b where t = s and lower(b.text) like ")
                        .append(p)
                        .append(" escape '\\'))");
                params.put("w" + i, likePattern(words.get(i)));
            }
        }
        return where.isEmpty() ? "" : " where" + where.substring(4);
    }
}
