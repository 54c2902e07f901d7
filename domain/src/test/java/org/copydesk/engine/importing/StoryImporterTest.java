package org.copydesk.engine.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;
import org.copydesk.domain.story.BlockType;
import org.junit.jupiter.api.Test;

class StoryImporterTest {

    private final StoryImporter importer =
            new StoryImporter(List.of("Asia-Pacific", "Korea", "Japan", "Europe", "World News"));

    static String resource(String path) {
        try (InputStream in = StoryImporterTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImportedBlock block(ImportedStory story, Predicate<String> which) {
        return story.blocks().stream()
                .filter(block -> which.test(block.text()))
                .reduce((a, b) -> {
                    throw new AssertionError("more than one block matches: " + a + ", " + b);
                })
                .orElseThrow(() -> new AssertionError("no block matches in " + story.blocks()));
    }

    private static List<BlockType> types(ImportedStory story) {
        return story.blocks().stream().map(ImportedBlock::type).toList();
    }

    // The seed and the samples

    @Test
    void seedStory() {
        ImportedStory story = importer.parse(resource("/seed/russia-troops-north-korea.txt"));

        assertEquals(List.of("Asia-Pacific", "Korea", "World News"), story.sections());
        assertEquals("Russia sends troops to border with North Korea: Reports", story.headline());
        assertNull(story.standfirst());
        assertEquals(17, story.blocks().size());
        assertEquals(List.of("Back to top button"), story.debris());

        ImportedBlock subheading = block(story, text -> text.equals("‘Chine mobilizes forces, too’"));
        ImportedBlock missiles =
                block(story, text -> text.startsWith("North Korea’s ballistic missiles are being displayed"));
        ImportedBlock footage =
                block(story, text -> text.startsWith("An image grabbed from footage purportedly shows"));
        assertEquals(BlockType.SUBHEADING, subheading.type());
        assertEquals(BlockType.CAPTION, missiles.type());
        assertTrue(missiles.text().endsWith("(Photo via AFP)"));
        assertEquals(BlockType.CAPTION, footage.type());
        story.blocks().stream()
                .filter(block -> block != subheading && block != missiles && block != footage)
                .forEach(block -> assertEquals(BlockType.PARAGRAPH, block.type(), block.text()));

        assertTrue(story.blocks().get(0).text().startsWith("Russia has reportedly sent troops"));
        assertEquals(
                BlockType.PARAGRAPH,
                block(story, text -> text.startsWith("“Some say the situation")).type(),
                "a quotation with narration is a paragraph");
        assertTrue(story.blocks().stream().noneMatch(block -> block.text().contains("Back to top")));
        assertTrue(story.fingerprint().matches("[0-9a-f]{64}"), story.fingerprint());
    }

    @Test
    void greekSample() {
        ImportedStory story = importer.parse(resource("/samples/greek-debt-talks.txt"));

        assertEquals(List.of("Europe", "World News"), story.sections());
        assertEquals("Greece and creditors resume talks on port sale: Officials", story.headline());
        assertEquals(List.of("Back to top button"), story.debris());
        assertEquals(7, story.blocks().size());
        assertEquals(
                BlockType.SUBHEADING,
                block(story, text -> text.equals("‘Grease wants a better price’"))
                        .type());
        assertEquals(
                BlockType.CAPTION,
                block(story, text -> text.endsWith("(Photo by EPA)")).type());
        assertEquals(
                BlockType.PARAGRAPH,
                block(story, text -> text.startsWith("“We are close")).type());
        assertEquals(
                1, types(story).stream().filter(BlockType.SUBHEADING::equals).count());
        assertEquals(1, types(story).stream().filter(BlockType.CAPTION::equals).count());
    }

    @Test
    void hokkaidoSample() {
        ImportedStory story = importer.parse(resource("/samples/hokkaido-snow.txt"));

        assertEquals(List.of("Asia-Pacific", "Japan"), story.sections());
        assertEquals("Heavy snow cuts off towns across Hokkaido", story.headline());
        assertEquals(List.of("Back to top button"), story.debris());
        assertEquals(5, story.blocks().size());
        assertTrue(
                types(story).stream().allMatch(BlockType.PARAGRAPH::equals),
                types(story).toString());
        assertEquals(
                "The snow is expected to ease on Thursday.",
                story.blocks().get(4).text());
    }

    @Test
    void differentStoriesHaveDifferentFingerprints() {
        assertNotEquals(
                importer.parse(resource("/samples/greek-debt-talks.txt")).fingerprint(),
                importer.parse(resource("/samples/hokkaido-snow.txt")).fingerprint());
    }

    // The category line

    @Test
    void withoutACategoryLineTheFirstLineIsTheHeadline() {
        ImportedStory story = importer.parse("Storm closes schools across the north\n\nSchools stayed shut on Monday.");
        assertEquals(List.of(), story.sections());
        assertEquals("Storm closes schools across the north", story.headline());
        assertEquals(List.of(new ImportedBlock(BlockType.PARAGRAPH, "Schools stayed shut on Monday.")), story.blocks());
    }

    @Test
    void aFirstLineEndingInSentencePunctuationIsNotACategoryLine() {
        ImportedStory story = importer.parse("Japan votes.\n\nTurnout was high.");
        assertEquals(List.of(), story.sections());
        assertEquals("Japan votes.", story.headline());
    }

    @Test
    void aLongFirstLineIsNotACategoryLine() {
        String line = "Europe Japan Korea Europe Japan Korea Europe Japan Korea Europe Japan";
        ImportedStory story = importer.parse(line + "\n\nBody text.");
        assertEquals(List.of(), story.sections());
        assertEquals(line, story.headline());
    }

    @Test
    void aHeadlineThatMentionsASectionIsNotACategoryLine() {
        ImportedStory story = importer.parse("Korea and Japan agree on fishing quotas\n\nThe deal was signed.");
        assertEquals(List.of(), story.sections());
        assertEquals("Korea and Japan agree on fishing quotas", story.headline());
    }

    @Test
    void unknownSectionsAreSplitAtCaseStepsAndKept() {
        assertEquals(
                List.of("Sports", "Tennis"),
                importer.parse("SportsTennis\n\nHeadline").sections());
        assertEquals(
                List.of("Asia-Pacific", "Sports"),
                importer.parse("Asia-PacificSports\n\nHeadline").sections());
        assertEquals(
                List.of("Middle East", "World News"),
                importer.parse("Middle EastWorld News\n\nHeadline").sections());
        assertEquals(
                List.of("Science & Technology", "Europe"),
                importer.parse("Science & TechnologyEurope\n\nHeadline").sections());
    }

    @Test
    void aSingleUnknownTitleCaseLineIsAHeadlineNotASection() {
        ImportedStory story = importer.parse("Markets Rally Again\n\nShares rose.");
        assertEquals(List.of(), story.sections());
        assertEquals("Markets Rally Again", story.headline());
    }

    @Test
    void knownSectionsMatchWithoutRegardToCaseAndComeBackInTheNewsroomSpelling() {
        assertEquals(
                List.of("Asia-Pacific", "Korea"),
                importer.parse("ASIA-PACIFICKorea\n\nHeadline").sections());
        assertEquals(
                List.of("World News"), importer.parse("world news\n\nHeadline").sections());
    }

    @Test
    void longestKnownSectionWins() {
        StoryImporter withWorld = new StoryImporter(List.of("World", "World News", "Europe"));
        assertEquals(
                List.of("Europe", "World News"),
                withWorld.parse("EuropeWorld News\n\nHeadline").sections());
        assertEquals(
                List.of("World", "Europe"),
                withWorld.parse("WorldEurope\n\nHeadline").sections());
    }

    @Test
    void aKnownSectionDoesNotMatchInsideALongerWord() {
        StoryImporter withKorea = new StoryImporter(List.of("Korea"));
        assertEquals(
                List.of("Korean Peninsula", "Korea"),
                withKorea.parse("Korean PeninsulaKorea\n\nHeadline").sections());
    }

    @Test
    void separatorsSplitTheCategoryLineAndRepeatsAreDropped() {
        assertEquals(
                List.of("Europe", "World News", "Markets"),
                importer.parse("Europe | World News / Markets | Europe\n\nHeadline")
                        .sections());
    }

    @Test
    void theCategoryLineMayRunStraightIntoTheHeadline() {
        ImportedStory story = importer.parse("Europe\nHeadline on the next line\n\nBody.");
        assertEquals(List.of("Europe"), story.sections());
        assertEquals("Headline on the next line", story.headline());
        assertNull(story.standfirst());
        assertEquals(1, story.blocks().size());
    }

    // Headline and standfirst

    @Test
    void linesRightAfterTheHeadlineAreTheStandfirst() {
        ImportedStory story =
                importer.parse("Europe\n\nHeadline\nThe standfirst, which says\nwhat the story is about.\n\nBody.");
        assertEquals("Headline", story.headline());
        assertEquals("The standfirst, which says what the story is about.", story.standfirst());
        assertEquals(List.of(new ImportedBlock(BlockType.PARAGRAPH, "Body.")), story.blocks());
    }

    @Test
    void aHeadlineWithoutBodyIsAStoryWithoutBlocks() {
        ImportedStory story = importer.parse("Europe\n\nHeadline only");
        assertEquals("Headline only", story.headline());
        assertEquals(List.of(), story.blocks());
    }

    @Test
    void emptyTextIsRefused() {
        for (String empty : new String[] {null, "", "   ", "\n\n", "\u00A0\r\n\t\u00A0"}) {
            ImportException refusal = assertThrows(ImportException.class, () -> importer.parse(empty));
            assertTrue(refusal.getMessage().contains("empty"), refusal.getMessage());
        }
    }

    @Test
    void textOfNothingButDebrisIsRefused() {
        ImportException refusal =
                assertThrows(ImportException.class, () -> importer.parse("Back to top button\n\nShare this article"));
        assertTrue(refusal.getMessage().contains("debris"), refusal.getMessage());
    }

    @Test
    void aCategoryLineWithoutHeadlineIsRefused() {
        ImportException refusal = assertThrows(
                ImportException.class,
                () -> importer.parse("Asia-PacificKoreaWorld News\n\n\u00A0\n\nBack to top button\n"));
        assertTrue(refusal.getMessage().contains("no headline"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("Asia-Pacific, Korea, World News"), refusal.getMessage());
    }

    @Test
    void importExceptionIsAnIllegalArgument() {
        assertTrue(IllegalArgumentException.class.isAssignableFrom(ImportException.class));
    }

    // Line endings and whitespace

    @Test
    void windowsLineEndingsNonBreakingSpacesAndTrailingSpacesAreNormalised() {
        String unix = "Europe\n\nHeadline here\n\nFirst paragraph.\n\nSecond paragraph.";
        String windows =
                "Europe  \r\n\r\nHeadline here\t\r\n\u00A0\u00A0\r\n\r\nFirst\u00A0paragraph. \r\n \r\nSecond paragraph.\r\n";
        ImportedStory expected = importer.parse(unix);
        ImportedStory actual = importer.parse(windows);
        assertEquals(expected, actual);
        assertEquals("First paragraph.", actual.blocks().get(0).text());
    }

    @Test
    void aBlockBrokenOverSeveralLinesIsJoinedWithSpaces() {
        ImportedStory story = importer.parse("Headline\n\nA paragraph that was\nwrapped   at a fixed\nwidth.");
        assertEquals(
                List.of(new ImportedBlock(BlockType.PARAGRAPH, "A paragraph that was wrapped at a fixed width.")),
                story.blocks());
    }

    @Test
    void decomposedAccentsAreComposed() {
        ImportedStory story = importer.parse("Headline\n\nSen\u0303or Pe\u0301rez spoke.");
        assertEquals("Señor Pérez spoke.", story.blocks().get(0).text());
    }

    // Debris

    @Test
    void debrisRunTogetherWithTheCategoryLineIsRemoved() {
        ImportedStory story = importer.parse("Back to top buttonEuropeWorld News\n\nHeadline\n\nBody.");
        assertEquals(List.of("Europe", "World News"), story.sections());
        assertEquals(List.of("Back to top button"), story.debris());
    }

    @Test
    void debrisAtTheEndOrInTheMiddleOfALineIsRemovedAndTheRestKept() {
        ImportedStory story = importer.parse("Headline\n\n"
                + "The snow will ease on Thursday.Back to top button\n\n"
                + "Roads reopened.Share this articleTrains run again.");
        assertEquals(
                List.of("The snow will ease on Thursday.", "Roads reopened. Trains run again."),
                story.blocks().stream().map(ImportedBlock::text).toList());
        assertEquals(List.of("Back to top button", "Share this article"), story.debris());
    }

    @Test
    void everyPieceOfDebrisIsReportedAsSpelled() {
        ImportedStory story = importer.parse("Skip to content\nEurope\n\nHeadline\n\n"
                + "Body.\n\nClick here to subscribe\n\nMore body.\n\nBACK TO TOP BUTTON");
        assertEquals(List.of("Skip to content", "Click here to subscribe", "BACK TO TOP BUTTON"), story.debris());
        assertEquals(List.of("Europe"), story.sections());
        assertEquals(2, story.blocks().size());
    }

    @Test
    void debrisWordsInsideASentenceAreNotDebris() {
        String sentence =
                "Readers were asked to share this article with friends. Share this article with a friend, he said.";
        ImportedStory story = importer.parse("Headline\n\n" + sentence);
        assertEquals(List.of(), story.debris());
        assertEquals(sentence, story.blocks().get(0).text());
    }

    // Block kinds

    @Test
    void aBlockThatIsOneQuotationIsAQuote() {
        ImportedStory story = importer.parse("Headline\n\n"
                + "“We are close, but close is not done. We’ve said so for weeks.”\n\n"
                + "‘We’ll keep going, whatever it costs.’\n\n"
                + "\"Plain quotes count too.\"\n\n"
                + "“It is over,” she said.\n\n"
                + "“One.” “Two.”");
        assertEquals(
                List.of(BlockType.QUOTE, BlockType.QUOTE, BlockType.QUOTE, BlockType.PARAGRAPH, BlockType.PARAGRAPH),
                types(story));
    }

    @Test
    void aShortUnpunctuatedLineIsASubheadingWithItsQuoteMarksKept() {
        ImportedStory story = importer.parse("Headline\n\nIntro.\n\nWhat happens next\n\n‘A quoted subheading’\n\n"
                + "A short line that ends in a full stop.\n\n“Quoted, and punctuated.”");
        assertEquals(
                List.of(
                        BlockType.PARAGRAPH,
                        BlockType.SUBHEADING,
                        BlockType.SUBHEADING,
                        BlockType.PARAGRAPH,
                        BlockType.QUOTE),
                types(story));
        assertEquals("‘A quoted subheading’", story.blocks().get(2).text());
    }

    @Test
    void aVeryLongLineWithoutPunctuationIsAParagraphNotASubheading() {
        String longLine = "word ".repeat(120).strip();
        ImportedStory story = importer.parse("Europe\n\nHeadline\n\n" + longLine);
        assertEquals(List.of(new ImportedBlock(BlockType.PARAGRAPH, longLine)), story.blocks());
    }

    @Test
    void aVeryLongSingleLineTextIsAHeadlineWithoutSections() {
        String longLine = "Officials said on Monday that "
                + "the talks would go on ".repeat(30).strip();
        ImportedStory story = importer.parse(longLine);
        assertEquals(List.of(), story.sections());
        assertEquals(longLine, story.headline());
        assertEquals(List.of(), story.blocks());
    }

    @Test
    void aShortBlockOverSeveralLinesIsNotASubheading() {
        ImportedStory story = importer.parse("Headline\n\nFirst line\nsecond line");
        assertEquals(BlockType.PARAGRAPH, story.blocks().get(0).type());
    }

    @Test
    void photoCreditsAndCaptionOpeningsMakeCaptions() {
        String[] captions = {
            "Police guard the port on Monday. (Photo: Reuters)",
            "Police guard the port on Monday. (Photo by EPA)",
            "Police guard the port on Monday. (AFP photo)",
            "Police guard the port on Monday. (Getty Images)",
            "Police guard the port on Monday. Photo: Reuters/Jane Doe",
            "Photo credit: AP",
            "A still from video shows the convoy near the border.",
            "Screenshot from a broadcast on state television.",
            "An image taken from a drone shows the flooded streets.",
        };
        for (String caption : captions) {
            ImportedStory story = importer.parse("Headline\n\n" + caption);
            assertEquals(BlockType.CAPTION, story.blocks().get(0).type(), caption);
        }
    }

    @Test
    void picturesMentionedInNarrationDoNotMakeCaptions() {
        String[] paragraphs = {
            "The photo was taken by a passer-by and shared widely.",
            "She described the image: it showed a burning truck.",
            "A picture emerged on Monday (in a photo) of the convoy.",
            "Stills from the video were shown in court.",
        };
        for (String paragraph : paragraphs) {
            ImportedStory story = importer.parse("Headline\n\n" + paragraph);
            assertEquals(BlockType.PARAGRAPH, story.blocks().get(0).type(), paragraph);
        }
    }

    // Fingerprint

    @Test
    void importingTheSameTextTwiceGivesTheSameFingerprint() {
        String seed = resource("/seed/russia-troops-north-korea.txt");
        assertEquals(importer.parse(seed).fingerprint(), importer.parse(seed).fingerprint());
    }

    @Test
    void lineEndingsTrailingSpacesAndDebrisDoNotChangeTheFingerprint() {
        String seed = resource("/seed/russia-troops-north-korea.txt");
        String windows = seed.replace("\n", "  \r\n");
        String withoutDebris = seed.replace("Back to top button", "");
        String withMoreDebris = seed.replace("\n\n", "\n\nShare this article\n\n");
        String fingerprint = importer.parse(seed).fingerprint();
        assertEquals(fingerprint, importer.parse(windows).fingerprint());
        assertEquals(fingerprint, importer.parse(withoutDebris).fingerprint());
        assertEquals(fingerprint, importer.parse(withMoreDebris).fingerprint());
    }

    @Test
    void aRealEditChangesTheFingerprint() {
        String seed = resource("/seed/russia-troops-north-korea.txt");
        String fingerprint = importer.parse(seed).fingerprint();
        assertNotEquals(
                fingerprint,
                importer.parse(seed.replace("Chine mobilizes", "China mobilizes"))
                        .fingerprint());
        assertNotEquals(
                fingerprint, importer.parse(seed.replace("150,000", "150,001")).fingerprint());
        assertNotEquals(
                fingerprint,
                importer.parse(seed.replace("Asia-PacificKorea", "Asia-Pacific"))
                        .fingerprint());
        assertNotEquals(
                fingerprint,
                importer.parse(seed.replace("Reports\n", "reports\n")).fingerprint());
    }

    @Test
    void movingTextBetweenBlocksChangesTheFingerprint() {
        assertNotEquals(
                importer.parse("Headline\n\nOne. Two.\n\nThree.").fingerprint(),
                importer.parse("Headline\n\nOne.\n\nTwo. Three.").fingerprint());
        assertNotEquals(
                importer.parse("Headline\nStandfirst.\n\nBody.").fingerprint(),
                importer.parse("Headline\n\nStandfirst.\n\nBody.").fingerprint());
    }

    // The section list

    @Test
    void theSectionListIsRequiredButBlankEntriesAreIgnored() {
        assertThrows(NullPointerException.class, () -> new StoryImporter(null));
        StoryImporter importer = new StoryImporter(List.of("", "  ", " Europe "));
        assertEquals(List.of("Europe"), importer.parse("Europe\n\nHeadline").sections());
    }

    @Test
    void withAnEmptySectionListRunTogetherCategoryLinesAreStillSplit() {
        StoryImporter importer = new StoryImporter(List.of());
        ImportedStory story = importer.parse(resource("/seed/russia-troops-north-korea.txt"));
        assertEquals(List.of("Asia-Pacific", "Korea", "World News"), story.sections());
        assertFalse(story.blocks().isEmpty());
    }
}
