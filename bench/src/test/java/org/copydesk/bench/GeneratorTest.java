package org.copydesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.copydesk.bench.StoryFactory.GenRevision;
import org.copydesk.bench.StoryFactory.GenStory;
import org.copydesk.bench.StoryFactory.GenTransition;
import org.copydesk.domain.story.StoryText;
import org.copydesk.domain.workflow.StoryState;
import org.copydesk.domain.workflow.Transition;
import org.junit.jupiter.api.Test;

class GeneratorTest {

    private final TextGenerator text = new TextGenerator();
    private final Instant now = Instant.parse("2026-11-01T12:00:00Z");
    private final StoryFactory factory = new StoryFactory(text, now);

    @Test
    void textComesFromTheCorpusWithOtherNamesAndNoFiller() {
        assertTrue(text.sentences.size() > 20, "sentences read from the corpus: " + text.sentences.size());
        assertTrue(text.headlines.contains("Heavy snow cuts off towns across Hokkaido"), text.headlines.toString());
        assertTrue(text.headlines.stream().allMatch(h -> h.length() > 10), text.headlines.toString());
        Random rnd = new Random(1);
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String s = text.sentence(rnd);
            assertFalse(s.toLowerCase().contains("lorem"), s);
            assertTrue(Character.isUpperCase(s.charAt(0)) || s.startsWith("“") || s.startsWith("‘"), s);
            distinct.add(s);
        }
        // swapped names and figures and the Markov chain make most sentences new
        assertTrue(distinct.size() > 1200, "distinct sentences in 2000: " + distinct.size());
        String swapped = text.swapNames(
                "Kremlin spokesman Dmitry Peskov said on Friday that 150,000 troops moved.", new Random(3));
        assertFalse(
                swapped.contains("Dmitry Peskov") && swapped.contains("Friday") && swapped.contains("150,000"),
                swapped);
        assertTrue(swapped.matches("Kremlin spokesman .+ said on \\w+day that \\d{3},\\d{3} troops moved\\."), swapped);
    }

    @Test
    void anEditChangesAFewWordsOnly() {
        Random rnd = new Random(7);
        String p = "Trains between Sapporo and Asahikawa were suspended, and the airport cancelled about 200 flights.";
        for (int i = 0; i < 200; i++) {
            String edited = text.edit(p, rnd);
            assertNotEquals(p, edited);
            Set<String> before = new HashSet<>(List.of(p.split(" ")));
            long kept =
                    List.of(edited.split(" ")).stream().filter(before::contains).count();
            assertTrue(kept >= before.size() - 2, "a light edit keeps most words: " + edited);
        }
    }

    @Test
    void walksFollowTheWorkflowAndEndAtTheTarget() {
        Random rnd = new Random(11);
        for (StoryState target : StoryState.values()) {
            for (int i = 0; i < 500; i++) {
                List<StoryState> walk = StoryFactory.path(target, rnd);
                assertEquals(StoryState.DRAFT, walk.get(0));
                assertEquals(target, walk.get(walk.size() - 1));
                for (int k = 1; k < walk.size(); k++) {
                    StoryState from = walk.get(k - 1);
                    StoryState to = walk.get(k);
                    assertTrue(
                            java.util.Arrays.stream(Transition.values())
                                    .anyMatch(t -> t.from() == from && t.to() == to),
                            from + " -> " + to);
                }
            }
        }
    }

    @Test
    void storiesAreConsistent() {
        Map<StoryState, Integer> states = new EnumMap<>(StoryState.class);
        long revisions = 0;
        int n = 1000;
        for (long id = 1; id <= n; id++) {
            Random rnd = new Random(id);
            GenStory s = factory.story(id, 4 + rnd.nextInt(13), rnd);
            states.merge(s.state(), 1, Integer::sum);
            revisions += s.revisions().size();
            assertTrue(s.slug().endsWith("-" + id) && s.slug().matches("[a-z0-9-]+"), s.slug());
            // transitions chain from DRAFT to the story's state, notes where the workflow wants them
            StoryState at = StoryState.DRAFT;
            Instant last = s.createdAt();
            Instant published = null;
            for (GenTransition t : s.transitions()) {
                assertEquals(at, t.from());
                Transition move = java.util.Arrays.stream(Transition.values())
                        .filter(m -> m.from() == t.from() && m.to() == t.to())
                        .findFirst()
                        .orElseThrow();
                assertEquals(move.noteRequired(), t.note() != null, move + " note " + t.note());
                assertFalse(t.at().isBefore(last));
                last = t.at();
                at = t.to();
                if (t.to() == StoryState.PUBLISHED) {
                    published = t.at();
                }
            }
            assertEquals(s.state(), at);
            assertEquals(published, s.publishedAt());
            if (s.state() == StoryState.PUBLISHED || s.state() == StoryState.RETRACTED) {
                assertNotNull(s.publishedAt());
            } else {
                assertNull(s.publishedAt());
            }
            // revisions 1..n in time order; the last is the story as it stands
            for (int r = 0; r < s.revisions().size(); r++) {
                GenRevision rev = s.revisions().get(r);
                assertEquals(r + 1, rev.number());
                assertFalse(rev.at().isBefore(s.createdAt()));
                if (r > 0) {
                    assertFalse(rev.at().isBefore(s.revisions().get(r - 1).at()));
                    assertNotEquals(s.revisions().get(r - 1).text(), rev.text(), "each revision changes something");
                }
            }
            GenRevision current = s.revisions().get(s.revisions().size() - 1);
            assertEquals(
                    StoryFactory.render(s.headline(), s.standfirst(), s.byline(), s.sections(), s.blocks()),
                    current.text());
            assertEquals(
                    s.blocks().size(),
                    StoryText.parseBlocks(current.text()
                                    .substring(current.text()
                                                    .indexOf(
                                                            "\n\n",
                                                            current.text().indexOf("Sections: "))
                                            + 2))
                            .size());
            assertFalse(s.updatedAt().isAfter(now));
            Instant newest = s.transitions().isEmpty()
                    ? current.at()
                    : later(
                            current.at(),
                            s.transitions().get(s.transitions().size() - 1).at());
            assertEquals(newest, s.updatedAt());
        }
        double published = states.get(StoryState.PUBLISHED) / (double) n;
        assertTrue(published > 0.78 && published < 0.88, "published share " + published);
        assertTrue(states.get(StoryState.DRAFT) > 0.04 * n, states.toString());
        double perStory = revisions / (double) n;
        assertTrue(perStory > 9.5 && perStory < 10.5, "revisions per story " + perStory);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    @Test
    void copyEscapesWhatTheTextFormatReserves() {
        StringBuilder line = new StringBuilder();
        TableSink.Copy.escape(line, "a\tb\\c\nd\re");
        assertEquals("a\\tb\\\\c\\nd\\re", line.toString());
        line.setLength(0);
        TableSink.Copy.escape(line, null);
        assertEquals("\\N", line.toString());
    }
}
