package org.copydesk.domain.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a restore puts back: a revision's content exactly, or read back from the text of an older revision. */
class RevisionRestoreTest {

    private static final Instant T = Instant.parse("2026-12-05T10:00:00Z");

    private static final StoryContent FULL = new StoryContent(
            "Tram timetable changes",
            "From June, trams run more often.",
            "Anna Berg",
            List.of("City", "Transport"),
            List.of(
                    new Block("k1", BlockType.PARAGRAPH, "Trams run every eight minutes, the operator said."),
                    new Block("k2", BlockType.SUBHEADING, "Night service"),
                    new Block("k3", BlockType.QUOTE, "“We listened to riders,” a spokeswoman said."),
                    new Block("k4", BlockType.CAPTION, "A tram at the depot. (Photo via AFP)")));

    @Test
    void aRevisionGivesBackTheStoryItKeptKeysAndAll() {
        Revision r = new Revision(1, 3, "rita", T, "edit", FULL);
        assertEquals(FULL, r.content(List.of()));
    }

    @Test
    void theTextOfARevisionReadsBackIntoTheSameFields() {
        StoryContent parsed = StoryText.parse(FULL.asText());
        assertEquals(FULL.headline(), parsed.headline());
        assertEquals(FULL.standfirst(), parsed.standfirst());
        assertEquals(FULL.byline(), parsed.byline());
        assertEquals(FULL.sections(), parsed.sections());
        assertEquals(
                FULL.blocks().stream().map(b -> b.type() + ":" + b.text()).toList(),
                parsed.blocks().stream().map(b -> b.type() + ":" + b.text()).toList());
    }

    @Test
    void aStoryWithoutTheOptionalFieldsReadsBackWithoutThem() {
        StoryContent bare = new StoryContent(
                "Snow closes schools",
                null,
                null,
                List.of(),
                List.of(Block.of(BlockType.PARAGRAPH, "Schools are closed on Monday.")));
        StoryContent parsed = StoryText.parse(bare.asText());
        assertEquals(null, parsed.standfirst());
        assertEquals(null, parsed.byline());
        assertEquals(List.of(), parsed.sections());
        assertEquals("Schools are closed on Monday.", parsed.blocks().get(0).text());
    }

    @Test
    void anOlderRevisionKeptOnlyAsTextTakesTheKeysOfTheSameBlocksNow() throws Exception {
        Revision old = new Revision(1, 2, "rita", T, "edit", FULL);
        // as a revision made before V13: the text only
        var kept = Revision.class.getDeclaredField("contentKept");
        kept.setAccessible(true);
        kept.set(old, false);

        List<Block> now = List.of(
                new Block("k9", BlockType.PARAGRAPH, "Something new."),
                new Block("k1", BlockType.PARAGRAPH, "Trams run every eight minutes, the operator said."),
                new Block("k3", BlockType.QUOTE, "“We listened to riders,” a spokeswoman said."));
        StoryContent restored = old.content(now);
        assertEquals(FULL.headline(), restored.headline());
        assertEquals("k1", restored.blocks().get(0).key(), "same words, same key: its claims stay anchored");
        assertNotEquals("k2", restored.blocks().get(1).key(), "a block not in the story now gets a new key");
        assertEquals("k3", restored.blocks().get(2).key());
        assertEquals(4, restored.blocks().size());
    }
}
