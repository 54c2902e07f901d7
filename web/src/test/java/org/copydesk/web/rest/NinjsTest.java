package org.copydesk.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.copydesk.application.CorrectionView;
import org.copydesk.application.MediaService.MediaView;
import org.copydesk.application.StoryDetails;
import org.copydesk.application.StoryDetails.BlockView;
import org.copydesk.domain.correction.CorrectionKind;
import org.copydesk.domain.correction.CorrectionStatus;
import org.copydesk.domain.story.BlockType;
import org.copydesk.domain.story.Mark;
import org.copydesk.domain.story.MarkType;
import org.copydesk.domain.workflow.StoryState;
import org.junit.jupiter.api.Test;

/** The ninjs mapping, without a server (NinjsIT validates served items against the IPTC schema). */
class NinjsTest {

    private static final String BASE = "https://news.example/copydesk";
    private static final Instant CREATED = Instant.parse("2026-12-04T08:00:00Z");
    private static final Instant SAVED = Instant.parse("2026-12-05T09:30:00Z");

    private static StoryDetails story(StoryState state, String standfirst, List<String> sections, BlockView... blocks) {
        return new StoryDetails(
                42,
                "tokyo-metro",
                "Tokyo <opens> metro & more",
                standfirst,
                "By Aiko Sato",
                sections,
                List.of(blocks),
                state,
                "reporter",
                7,
                3,
                CREATED,
                SAVED,
                "editor",
                state == StoryState.DRAFT ? null : SAVED,
                null,
                null,
                null,
                null,
                null,
                null,
                0);
    }

    private static MediaView noMedia(long id) {
        throw new AssertionError("no picture expected: " + id);
    }

    @Test
    void anEmbargoedStoryCarriesItsEmbargoInNinjsOwnField() {
        StoryDetails s = story(StoryState.READY, null, List.of());
        StoryDetails embargoed = new StoryDetails(
                s.id(),
                s.slug(),
                s.headline(),
                s.standfirst(),
                s.byline(),
                s.sections(),
                List.of(new BlockView("b1", BlockType.PARAGRAPH, "Figures.")),
                s.state(),
                s.reporter(),
                s.version(),
                s.revision(),
                s.createdAt(),
                s.updatedAt(),
                s.updatedBy(),
                null,
                null,
                null,
                null,
                Instant.parse("2026-12-24T06:00:00Z"),
                null,
                null,
                0);
        JsonObject item = Ninjs.item(embargoed, List.of(), BASE, NinjsTest::noMedia);
        assertEquals("2026-12-24T06:00:00Z", item.getString("embargoed"));
    }

    @Test
    void aPublishedStoryIsUsableWithItsBodyEscapedAndMarked() {
        BlockView lead = new BlockView(
                "b1",
                BlockType.PARAGRAPH,
                "The line opens on Sunday, officials said.",
                List.of(
                        new Mark(MarkType.BOLD, 4, 8, null),
                        new Mark(MarkType.LINK, 9, 14, "https://example.org/a?b=1&c=2")));
        BlockView quote = new BlockView("b2", BlockType.QUOTE, "\"It's <fast>\"");
        BlockView list = new BlockView("b3", BlockType.LIST, "one\n\ntwo");
        JsonObject item = Ninjs.item(
                story(StoryState.PUBLISHED, "A new line.", List.of("World News")), List.of(), BASE, NinjsTest::noMedia);
        assertEquals("usable", item.getString("pubstatus"));
        assertEquals(BASE + "/read/tokyo-metro", item.getString("uri"));
        assertEquals("3", item.getString("version"));
        assertEquals("2026-12-05T09:30:00Z", item.getString("versioncreated"));
        assertEquals(
                "Tokyo <opens> metro & more",
                item.getJsonArray("headlines").getJsonObject(0).getString("value"),
                "JSON carries the headline as it is; only the HTML body is escaped");
        assertEquals(
                BASE + "/sections/world-news.atom",
                item.getJsonArray("subjects").getJsonObject(0).getString("uri"));
        assertFalse(item.containsKey("associations"));
        assertFalse(item.containsKey("embargoed"), "no embargo, no field");

        String html = Ninjs.html(List.of(lead, quote, list), BASE);
        assertEquals(
                "<p>The <strong>line</strong> <a href=\"https://example.org/a?b=1&amp;c=2\">opens</a> on Sunday, "
                        + "officials said.</p><blockquote>&quot;It&apos;s &lt;fast&gt;&quot;</blockquote><ul><li>one</li><li>two</li>"
                        + "</ul>",
                html);
        assertEquals(
                "The line opens on Sunday, officials said.\n\n\"It's <fast>\"\n\none\n\ntwo",
                Ninjs.plainText(List.of(lead, quote, list)));
        assertEquals(0, Ninjs.words("  "));
        assertEquals(3, Ninjs.words(" one two\nthree "));
    }

    @Test
    void statesMapToPubstatus() {
        assertEquals("withheld", Ninjs.pubstatus(StoryState.DRAFT));
        assertEquals("withheld", Ninjs.pubstatus(StoryState.READY));
        assertEquals("usable", Ninjs.pubstatus(StoryState.PUBLISHED));
        assertEquals("canceled", Ninjs.pubstatus(StoryState.RETRACTED));
    }

    @Test
    void aNoticeIsDatedAsThePublicPageDatesIt() {
        CorrectionView applied = new CorrectionView(
                1,
                42,
                "tokyo-metro",
                "h",
                CorrectionKind.CORRECTION,
                "b1",
                "4",
                "4.25",
                "why",
                "An earlier version gave the wrong rate.",
                CorrectionStatus.APPLIED,
                "copyeditor",
                CREATED,
                "editor",
                SAVED,
                null,
                4,
                false,
                null,
                null);
        assertEquals("Correction, 5 December 2026: An earlier version gave the wrong rate.", Ninjs.notice(applied));
        JsonObject item =
                Ninjs.item(story(StoryState.PUBLISHED, " ", List.of()), List.of(applied), BASE, NinjsTest::noMedia);
        assertEquals(1, item.getJsonArray("descriptions").size(), "a blank standfirst is left out");
        assertFalse(item.containsKey("subjects"));
    }

    @Test
    void aPictureIsAnAssociatedItemWithItsRenditions() {
        BlockView photo = new BlockView(
                "b9", BlockType.IMAGE, "Missiles in a parade. (Photo via AFP)", List.of(), 5L, "Missiles on trucks");
        MediaView media = new MediaView(
                5, "image/jpeg", 1600, 1000, 1, "AFP", null, "p.jpg", "reporter", CREATED, List.of(320, 640, 1600), 1);
        JsonObject item = Ninjs.item(story(StoryState.PUBLISHED, "", List.of(), photo), List.of(), BASE, id -> media);
        JsonObject picture = item.getJsonArray("associations").getJsonObject(0);
        assertEquals("picture1", picture.getString("name"));
        assertEquals(BASE + "/media/5", picture.getString("uri"));
        assertEquals(3, picture.getJsonArray("renditions").size());
        assertEquals(400, picture.getJsonArray("renditions").getJsonObject(1).getInt("height"));
        assertTrue(item.getJsonArray("bodies")
                .getJsonObject(0)
                .getString("value")
                .contains("<img src=\"" + BASE + "/media/5\" alt=\"Missiles on trucks\"/>"));
    }
}
