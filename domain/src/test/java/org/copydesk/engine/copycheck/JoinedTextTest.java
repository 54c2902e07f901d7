package org.copydesk.engine.copycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class JoinedTextTest {

    @Test
    void positionsMapBackToTheTextTheyFallIn() {
        JoinedText joined = new JoinedText(List.of("Talks resume", "Officials met.", "", "Nothing else."));
        assertEquals("Talks resume\n\nOfficials met.\n\n\n\nNothing else.", joined.text());
        assertEquals(0, joined.partAt(0));
        assertEquals(0, joined.partAt(12), "the break counts to the text before");
        assertEquals(1, joined.partAt(14));
        assertEquals(14, joined.offset(1));
        int nothing = joined.text().indexOf("Nothing");
        assertEquals(3, joined.partAt(nothing));
        assertEquals(nothing, joined.offset(3));
        assertEquals(2, joined.partAt(joined.offset(2)), "an empty text still has its place");
    }
}
