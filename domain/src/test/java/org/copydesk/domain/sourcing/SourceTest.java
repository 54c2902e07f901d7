package org.copydesk.domain.sourcing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.Role;
import org.junit.jupiter.api.Test;

/** The registry's edit rules and the one history of a source: creation, verification, edits, merges. */
class SourceTest {

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-11-26T10:05:00Z");
    private static final Instant T2 = Instant.parse("2026-11-26T10:10:00Z");
    private static final Instant T3 = Instant.parse("2026-11-26T10:15:00Z");
    private final Actor reporter = Actor.of("reporter", Role.REPORTER);
    private final Actor editor = Actor.of("editor", Role.EDITOR);
    private final Actor copyEditor = Actor.of("copyeditor", Role.COPY_EDITOR);
    private final Actor admin = Actor.of("admin", Role.ADMIN);

    private static Source withId(Source source, long id) {
        try {
            Field field = Source.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(source, id);
            return source;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Source fragment() {
        return withId(new Source("a report published", SourceKind.PERSON, null, null, reporter, T0), 1);
    }

    private static SourceEdit edit(Source s) {
        return new SourceEdit(
                s.getName(), s.getKind(), s.getRole(), s.getReference(), List.copyOf(s.getAliases()), null);
    }

    private static SourceCheck last(Source s) {
        return s.getHistory().get(s.getHistory().size() - 1);
    }

    @Test
    void aRenameAndANewKindAreOneLineWithEachFieldBeforeAndAfterWhoWhenAndTheNote() {
        Source source = fragment();
        List<SourceChange> changes = source.edit(
                new SourceEdit(
                        "Kyodo News",
                        SourceKind.MEDIA_REPORT,
                        null,
                        null,
                        null,
                        "  The detector took the sentence's words for a name  "),
                editor,
                T1);

        assertEquals(
                List.of(
                        new SourceChange("name", "a report published", "Kyodo News"),
                        new SourceChange("kind", "PERSON", "MEDIA_REPORT")),
                changes);
        assertEquals("Kyodo News", source.getName());
        assertEquals(SourceKind.MEDIA_REPORT, source.getKind());
        assertTrue(source.answersTo("kyodo news"));
        assertTrue(!source.answersTo("a report published"), "the old name is not kept unless made an alias");
        SourceCheck line = last(source);
        assertEquals(SourceEvent.EDITED, line.event());
        assertEquals(changes, line.changes());
        assertEquals("editor", line.actor());
        assertEquals(T1, line.at());
        assertEquals("The detector took the sentence's words for a name", line.note());
        assertEquals(VerificationStatus.UNVERIFIED, line.status(), "an edit leaves the verification as it was");
        assertEquals("name “a report published” → “Kyodo News”; kind person → media report", line.summary());
    }

    @Test
    void anEditThatChangesNothingWritesNoLine() {
        Source source = fragment();
        assertEquals(
                List.of(),
                source.edit(
                        new SourceEdit(" a  report published ", SourceKind.PERSON, "  ", "", null, "no change"),
                        editor,
                        T1));
        assertEquals(1, source.getHistory().size());
    }

    @Test
    void roleAndReferenceAreSetAndClearedAndRecorded() {
        Source source = fragment();
        source.edit(
                new SourceEdit(
                        "Kyodo News",
                        SourceKind.MEDIA_REPORT,
                        "Japanese news agency",
                        "https://english.kyodonews.net/",
                        null,
                        null),
                editor,
                T1);
        source.edit(
                new SourceEdit(
                        "Kyodo News", SourceKind.MEDIA_REPORT, null, "https://english.kyodonews.net/", null, null),
                editor,
                T2);
        assertNull(source.getRole());
        assertEquals(
                List.of(new SourceChange("role", "Japanese news agency", null)),
                last(source).changes());
        assertEquals("role “Japanese news agency” → (none)", last(source).summary());
    }

    @Test
    void onlyEditorsEditAndARefusedEditChangesNothing() {
        for (Actor actor : List.of(reporter, copyEditor, admin)) {
            Source source = fragment();
            assertThrows(
                    NotPermittedException.class,
                    () -> source.edit(
                            new SourceEdit("Kyodo News", SourceKind.MEDIA_REPORT, null, null, null, null), actor, T1),
                    actor.username());
            assertEquals("a report published", source.getName());
            assertEquals(1, source.getHistory().size());
        }
    }

    @Test
    void aNameNeedsLettersAndAKindAndFitsItsColumn() {
        Source source = fragment();
        assertThrows(
                IllegalArgumentException.class,
                () -> source.edit(new SourceEdit("   ", SourceKind.PERSON, null, null, null, null), editor, T1));
        var punctuation = assertThrows(
                IllegalArgumentException.class,
                () -> source.edit(new SourceEdit("“…”", SourceKind.PERSON, null, null, null, null), editor, T1));
        assertTrue(punctuation.getMessage().contains("letters or digits"), punctuation.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> source.edit(new SourceEdit("Kyodo", null, null, null, null, null), editor, T1));
        assertThrows(
                IllegalArgumentException.class,
                () -> source.edit(
                        new SourceEdit("x".repeat(Source.NAME_MAX + 1), SourceKind.PERSON, null, null, null, null),
                        editor,
                        T1));
        assertThrows(
                IllegalArgumentException.class,
                () -> source.edit(
                        new SourceEdit("Kyodo", SourceKind.PERSON, null, null, null, "n".repeat(Source.NOTE_MAX + 1)),
                        editor,
                        T1));
        assertEquals("a report published", source.getName());
        assertEquals(1, source.getHistory().size());
    }

    @Test
    void aliasesAreAddedAndRemovedOnePerNameKeyNeverTheNameItself() {
        Source source =
                withId(new Source("Dmitry Peskov", SourceKind.PERSON, "Kremlin spokesman", null, editor, T0), 1);
        source.edit(
                new SourceEdit(
                        "Dmitry Peskov",
                        SourceKind.PERSON,
                        "Kremlin spokesman",
                        null,
                        List.of("Peskov", " peskov ", "", "dmitry  PESKOV", "Dmitri Peskov"),
                        null),
                editor,
                T1);
        assertEquals(Set.of("Peskov", "Dmitri Peskov"), source.getAliases());
        assertEquals(
                List.of(new SourceChange("alias", null, "Peskov"), new SourceChange("alias", null, "Dmitri Peskov")),
                last(source).changes());

        source.edit(
                new SourceEdit(
                        "Dmitry Peskov",
                        SourceKind.PERSON,
                        "Kremlin spokesman",
                        null,
                        List.of("Peskov", "Kremlin spokesman Peskov"),
                        "Dmitri is a misspelling"),
                editor,
                T2);
        assertEquals(Set.of("Peskov", "Kremlin spokesman Peskov"), source.getAliases());
        assertEquals(
                List.of(
                        new SourceChange("alias", "Dmitri Peskov", null),
                        new SourceChange("alias", null, "Kremlin spokesman Peskov")),
                last(source).changes());
        assertEquals(
                "alias “Dmitri Peskov” removed; alias “Kremlin spokesman Peskov” added",
                last(source).summary());

        // aliases left out of an edit stay as they are
        source.edit(
                new SourceEdit("Dmitry Peskov", SourceKind.PERSON, "Press secretary", null, null, null), editor, T3);
        assertEquals(Set.of("Peskov", "Kremlin spokesman Peskov"), source.getAliases());
    }

    @Test
    void renamingToOneOfItsAliasesTakesTheAliasAway() {
        Source source = withId(new Source("Peskov", SourceKind.PERSON, null, null, editor, T0), 1);
        source.addAlias("Dmitry Peskov");
        source.edit(new SourceEdit("Dmitry Peskov", SourceKind.PERSON, null, null, null, null), editor, T1);
        assertEquals(Set.of(), source.getAliases());
        assertEquals(
                List.of(
                        new SourceChange("name", "Peskov", "Dmitry Peskov"),
                        new SourceChange("alias", "Dmitry Peskov", null)),
                last(source).changes());
    }

    @Test
    void aliasesAddedAreThoseWithANewKey() {
        Source source = withId(new Source("Dmitry Peskov", SourceKind.PERSON, null, null, editor, T0), 1);
        source.addAlias("Peskov");
        assertEquals(
                Set.of("Kremlin"),
                source.aliasesAdded(new SourceEdit(
                        "Dmitry Peskov",
                        SourceKind.PERSON,
                        null,
                        null,
                        List.of("PESKOV", "Kremlin", "dmitry peskov"),
                        null)));
        assertEquals(
                Set.of(),
                source.aliasesAdded(new SourceEdit("Dmitry Peskov", SourceKind.PERSON, null, null, null, null)));
    }

    @Test
    void anEditMayNotLeaveMoreThanFiftyAliases() {
        Source source = fragment();
        List<String> many = IntStream.rangeClosed(1, Source.ALIASES_MAX + 1)
                .mapToObj(i -> "Alias " + i)
                .toList();
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> source.edit(new SourceEdit("Kyodo", SourceKind.PERSON, null, null, many, null), editor, T1));
        assertTrue(e.getMessage().contains("at most 50"), e.getMessage());
        source.edit(
                new SourceEdit("Kyodo", SourceKind.PERSON, null, null, many.subList(0, Source.ALIASES_MAX), null),
                editor,
                T1);
        assertEquals(Source.ALIASES_MAX, source.getAliases().size());
    }

    @Test
    void verificationsEditsAndMergesAreOneTimelineInTheOrderTheyHappened() {
        Source survivor = withId(new Source("Kyodo News", SourceKind.MEDIA_REPORT, null, null, editor, T0), 10);
        Source duplicate = withId(
                new Source(
                        "Kyodo",
                        SourceKind.MEDIA_REPORT,
                        "Japanese news agency",
                        "https://english.kyodonews.net/",
                        reporter,
                        T0),
                11);
        survivor.verify(VerificationStatus.VERIFIED, null, editor, T1);
        survivor.edit(new SourceEdit("Kyodo News", SourceKind.ORGANIZATION, null, null, null, "An agency"), editor, T2);
        survivor.absorb(duplicate, "Same agency", editor, T3);

        List<SourceEvent> events =
                survivor.getHistory().stream().map(SourceCheck::event).toList();
        assertEquals(
                List.of(SourceEvent.ADDED, SourceEvent.VERIFICATION, SourceEvent.EDITED, SourceEvent.MERGED_IN),
                events);
        List<String> summaries =
                survivor.getHistory().stream().map(SourceCheck::summary).toList();
        assertEquals("Added to the registry", summaries.get(0));
        assertEquals("unverified → verified", summaries.get(1));
        assertEquals("kind media report → organization", summaries.get(2));
        assertEquals(
                "Merged in “Kyodo” (#11): alias “Kyodo” added; role (none) → “Japanese news agency”;"
                        + " reference (none) → “https://english.kyodonews.net/”",
                summaries.get(3));
        assertEquals("Same agency", last(survivor).note());
        assertEquals(11L, last(survivor).otherId());

        SourceCheck went = last(duplicate);
        assertEquals(SourceEvent.MERGED_INTO, went.event());
        assertEquals(10L, went.otherId());
        assertEquals("Merged into “Kyodo News” (#10)", went.summary());
        assertEquals(10L, duplicate.getMergedInto());
    }

    @Test
    void theMergePlanIsWhatTheMergeThenDoes() {
        Source survivor = withId(
                new Source("Japan Meteorological Agency", SourceKind.ORGANIZATION, "Weather agency", null, editor, T0),
                20);
        survivor.addAlias("JMA");
        Source duplicate = withId(
                new Source(
                        "The Japan Meteorological Agency",
                        SourceKind.ORGANIZATION,
                        "Government agency",
                        "https://www.jma.go.jp/",
                        reporter,
                        T0),
                21);
        duplicate.addAlias("jma");
        duplicate.addAlias("Kishocho");

        MergePlan plan = survivor.mergePlan(duplicate);
        assertEquals(
                List.of("Kishocho"),
                plan.aliasesGained(),
                "the duplicate's name and an alias answer to keys the survivor has already");
        assertEquals("Weather agency", plan.roleAfter());
        assertTrue(!plan.roleFromDuplicate());
        assertEquals("https://www.jma.go.jp/", plan.referenceAfter());
        assertTrue(plan.referenceFromDuplicate());
        assertEquals(1, survivor.getHistory().size(), "a plan changes nothing");
        assertNull(duplicate.getMergedInto());

        MergePlan done = survivor.absorb(duplicate, null, editor, T1);
        assertEquals(plan, done);
        assertEquals(Set.of("JMA", "Kishocho"), survivor.getAliases());
        assertEquals("Weather agency", survivor.getRole());
        assertEquals("https://www.jma.go.jp/", survivor.getReference());
        assertEquals(plan.changes(), last(survivor).changes());
    }

    @Test
    void mergesThatCannotBeAreRefused() {
        Source a = withId(new Source("Reuters", SourceKind.MEDIA_REPORT, null, null, editor, T0), 30);
        Source b = withId(new Source("Reuters news agency", SourceKind.MEDIA_REPORT, null, null, editor, T0), 31);
        Source c = withId(new Source("Thomson Reuters", SourceKind.MEDIA_REPORT, null, null, editor, T0), 32);
        assertThrows(IllegalArgumentException.class, () -> a.mergePlan(a));
        assertThrows(NotPermittedException.class, () -> a.absorb(b, null, reporter, T1));
        a.absorb(b, null, editor, T1);
        var again = assertThrows(IllegalArgumentException.class, () -> c.mergePlan(b));
        assertTrue(again.getMessage().contains("merged already"), again.getMessage());
        var into = assertThrows(IllegalArgumentException.class, () -> b.mergePlan(c));
        assertTrue(into.getMessage().contains("merge into that one"), into.getMessage());
        var edit = assertThrows(IllegalArgumentException.class, () -> b.edit(edit(b), editor, T2));
        assertTrue(edit.getMessage().contains("merged into source 30"), edit.getMessage());
    }

    @Test
    void theChangesOfALineReadBackAsWritten() {
        List<SourceChange> changes = new ArrayList<>(List.of(
                new SourceChange("name", "a", "b"),
                new SourceChange("alias", null, "Kyodo, “news”"),
                new SourceChange("role", "x", null)));
        assertEquals(changes, SourceChange.decode(SourceChange.encode(changes)));
        assertNull(SourceChange.encode(List.of()));
        assertEquals(List.of(), SourceChange.decode(null));
    }
}
