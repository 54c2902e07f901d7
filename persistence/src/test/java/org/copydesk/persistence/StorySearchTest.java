package org.copydesk.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.domain.story.StoryQuery;
import org.copydesk.domain.workflow.StoryState;
import org.junit.jupiter.api.Test;

class StorySearchTest {

    @Test
    void postgresUsesTheFullTextIndexWithBoundParameters() {
        StorySearch.Sql page = StorySearch.postgres(
                new StoryQuery(Set.of(StoryState.READY, StoryState.DRAFT), "reporter", "troops 'border"), false);
        assertEquals(
                "select s.id from story s where s.search_vector @@ websearch_to_tsquery('english', :q)"
                        + " and s.state in (:states) and s.reporter = :reporter order by s.updated_at desc, s.id desc",
                page.text());
        assertEquals("troops 'border", page.params().get("q"), "the words go to the database as a parameter");
        assertEquals(List.of("DRAFT", "READY"), page.params().get("states"));
        StorySearch.Sql count = StorySearch.postgres(new StoryQuery(Set.of(), null, "troops"), true);
        assertEquals(
                "select count(*) from story s where s.search_vector @@ websearch_to_tsquery('english', :q)",
                count.text());
        assertEquals(Map.of("q", "troops"), count.params());
    }

    @Test
    void postgresCountsStopAtTheCapAndOtherwiseEstimate() {
        StorySearch.Sql all = StorySearch.postgresCappedCount(StoryQuery.all());
        assertEquals("select count(*) from (select 1 from story s limit 10001) t", all.text());
        StorySearch.Sql search =
                StorySearch.postgresCappedCount(new StoryQuery(Set.of(StoryState.DRAFT), null, "troops"));
        assertEquals(
                "select count(*) from (select 1 from story s where s.search_vector @@ websearch_to_tsquery("
                        + "'english', :q) and s.state in (:states) limit 101) t",
                search.text());
        assertEquals(
                "explain select 1 from story s where s.state in (:states)",
                StorySearch.postgresEstimate(StoryQuery.inState(StoryState.PUBLISHED))
                        .text());
        assertEquals(
                84012,
                StorySearch.estimatedRows(
                        "Index Only Scan using story_state_idx on story s  (cost=0.42..1953.62 rows=84012 width=4)"));
        assertEquals(-1, StorySearch.estimatedRows("Result"));
    }

    @Test
    void wordsAreLowerCaseDistinctAndCapped() {
        assertEquals(List.of("north", "korea", "troops"), StorySearch.words("  North-Korea: TROOPS, troops!"));
        assertEquals(List.of("kotsou", "αθήνα"), StorySearch.words("\"Kotsou\" Αθήνα"));
        assertEquals(
                StorySearch.MAX_WORDS,
                StorySearch.words("a b c d e f g h i j k l m").size());
        assertTrue(StorySearch.words("--- %%% ").isEmpty());
    }

    @Test
    void stemsFoldPluralsAndVerbEndings() {
        assertEquals("troop", StorySearch.stem("troops"));
        assertEquals("report", StorySearch.stem("reported"));
        assertEquals("report", StorySearch.stem("reporting"));
        assertEquals("stor", StorySearch.stem("stories"));
        assertEquals("wish", StorySearch.stem("wishes"));
        assertEquals("note", StorySearch.stem("notes"));
        assertEquals("gas", StorySearch.stem("gas"), "too short to strip");
        assertEquals("news", StorySearch.stem("news"), "too short to strip");
        assertEquals("%100\\%\\_x%", StorySearch.likePattern("100%_x"), "LIKE wildcards are escaped");
    }

    @Test
    void portableConditionsNeedEveryWordSomewhereInTheStory() {
        Map<String, Object> params = new HashMap<>();
        String where = StorySearch.jpqlWhere(new StoryQuery(Set.of(StoryState.DRAFT), null, "Troops border"), params);
        assertTrue(where.startsWith(" where s.state in :states and (lower(s.headline) like :w0"), where);
        assertTrue(where.contains("lower(s.standfirst) like :w1"), where);
        assertEquals(2, where.split("exists \\(select 1 from Story t join t.blocks b").length - 1, where);
        assertEquals("%troop%", params.get("w0"));
        assertEquals("%border%", params.get("w1"));
        assertFalse(where.contains("Troops"), "no user text in the query itself");
        Map<String, Object> none = new HashMap<>();
        assertEquals(" where 1 = 0", StorySearch.jpqlWhere(new StoryQuery(Set.of(), null, "%%"), none));
        assertEquals("", StorySearch.jpqlWhere(StoryQuery.all(), new HashMap<>()));
        assertArrayEquals(
                new String[] {"classpath:db/migration", "classpath:db/vendor/postgresql"},
                DatabaseMigrator.locations("PostgreSQL"));
        assertArrayEquals(
                new String[] {"classpath:db/migration", "classpath:db/vendor/h2"}, DatabaseMigrator.locations("H2"));
    }
}
