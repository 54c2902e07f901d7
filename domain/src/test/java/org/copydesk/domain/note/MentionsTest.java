package org.copydesk.domain.note;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void findsEachMentionedUsernameOnceInOrder() {
        assertEquals(
                List.of("editor", "copyeditor"),
                Mentions.in("@editor please check; @copyeditor too, and @editor again"));
    }

    @Test
    void punctuationAfterANameBelongsToTheSentence() {
        assertEquals(List.of("editor", "jane.doe"), Mentions.in("Thanks @editor. Ask @jane.doe, then (@editor)!"));
        assertEquals(List.of("a-b"), Mentions.in("see @a-b-"));
    }

    @Test
    void anEmailAddressOrADoubleAtIsNotAMention() {
        assertEquals(List.of(), Mentions.in("write to desk@example.org or @@editor or x@editor"));
    }

    @Test
    void namesFollowTheUsernameRules() {
        // upper case is not part of a Copydesk username; one letter is too short
        assertEquals(List.of(), Mentions.in("@Editor and @x and @9lives"));
        assertEquals(List.of("reporter"), Mentions.in("@reporterX is @reporter"));
    }

    @Test
    void spansCoverTheAtSignAndTheName() {
        List<Mentions.Span> spans = Mentions.spans("ok @editor.");
        assertEquals(1, spans.size());
        assertEquals(
                "@editor",
                "ok @editor.".substring(spans.get(0).start(), spans.get(0).end()));
    }

    @Test
    void noTextNoMentions() {
        assertEquals(List.of(), Mentions.in(null));
        assertEquals(List.of(), Mentions.in(""));
    }
}
