package org.copydesk.domain.sourcing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.domain.sourcing.AttributionDecision.Action;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Why was anonymity granted? The reason a claim linked to an anonymous source carries, on every path. */
class AnonymityTest {

    private static final Instant T0 = Instant.parse("2026-12-05T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-12-05T09:05:00Z");
    private static final Actor EDITOR = Actor.of("ed", Role.EDITOR);
    private static final Actor REPORTER = Actor.of("rita", Role.REPORTER);
    private static final String WHY = "Not authorized to speak; two officials confirmed independently";

    private long nextId = 1;

    private Source source(String name, SourceKind kind) {
        Source s = new Source(name, kind, null, null, EDITOR, T0);
        SourcingFixtures.setId(s, nextId++);
        return s;
    }

    private Attribution claim(String span) {
        Attribution a = new Attribution(
                1,
                "b1",
                0,
                span.length(),
                span,
                span + " the talks had stalled.",
                "said",
                "two officials familiar with the negotiations",
                SourceKind.ANONYMOUS,
                null);
        SourcingFixtures.setId(a, nextId++);
        return a;
    }

    private static AttributionDecision last(Attribution a) {
        List<AttributionDecision> lines = a.getDecisions();
        return lines.get(lines.size() - 1);
    }

    @Test
    void aClaimLinkedToAnAnonymousSourceKeepsWhyOnItAndOnItsHistory() {
        Source officials = source("two officials familiar with the negotiations", SourceKind.ANONYMOUS);
        Attribution a = claim("Two officials familiar with the negotiations said");

        a.link(officials, "  " + WHY + "\n", EDITOR, T1);

        assertEquals(AttributionStatus.LINKED, a.getStatus());
        assertEquals(WHY, a.getAnonymityReason());
        assertEquals(Action.LINKED, last(a).action());
        assertEquals(WHY, last(a).anonymityReason());
        assertEquals(officials.getId(), last(a).sourceId());
        assertEquals("ed", last(a).actor());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n\t"})
    void withoutAReasonTheLinkIsRefusedAndNothingChanges(String reason) {
        Source officials = source("officials", SourceKind.ANONYMOUS);
        Attribution a = claim("Officials said");

        assertEquals(
                "The source is anonymous: say why anonymity was granted (10 to 1000 characters).",
                assertThrows(AnonymityReasonException.class, () -> a.link(officials, reason, EDITOR, T1))
                        .getMessage());
        assertThrows(AnonymityReasonException.class, () -> a.link(officials, EDITOR, T1));

        assertEquals(AttributionStatus.PROPOSED, a.getStatus());
        assertNull(a.getSourceId());
        assertEquals(List.of(), a.getDecisions());
    }

    @Test
    void aReasonIsTenToAThousandCharactersOnceStripped() {
        assertEquals("a".repeat(10), Anonymity.reason("  " + "a".repeat(10) + "  "));
        assertEquals(1000, Anonymity.reason("b".repeat(1000)).length());
        assertEquals(1000, Anonymity.reason(" " + "c".repeat(1000) + " ").length());
        assertEquals(
                "The reason anonymity was granted is too short (9 characters): say why in at least 10.",
                assertThrows(AnonymityReasonException.class, () -> Anonymity.reason("   " + "a".repeat(9) + "   "))
                        .getMessage());
        assertEquals(
                "The reason anonymity was granted is too short (1 character): say why in at least 10.",
                assertThrows(AnonymityReasonException.class, () -> Anonymity.reason("x"))
                        .getMessage());
        assertEquals(
                "The reason anonymity was granted is too long (1001 characters): at most 1000.",
                assertThrows(AnonymityReasonException.class, () -> Anonymity.reason("d".repeat(1001)))
                        .getMessage());
    }

    @Test
    void anotherKindOfSourceAsksNoReasonAndKeepsNone() {
        Source peskov = source("Dmitry Peskov", SourceKind.PERSON);
        Attribution a = claim("Kremlin spokesman Dmitry Peskov said");

        a.link(peskov, WHY, EDITOR, T1);

        assertNull(a.getAnonymityReason());
        assertNull(last(a).anonymityReason());
    }

    @Test
    void linkingElsewhereOrRejectingDropsTheReasonFromTheClaimButNotFromItsHistory() {
        Source officials = source("officials", SourceKind.ANONYMOUS);
        Source peskov = source("Dmitry Peskov", SourceKind.PERSON);
        Attribution a = claim("Officials said");
        a.link(officials, WHY, EDITOR, T0);

        a.link(peskov, null, EDITOR, T1);
        assertNull(a.getAnonymityReason());

        a.link(officials, "Fears for his job; the memo was seen by us.", EDITOR, T1);
        a.reject("Not a claim: a description.", EDITOR, T1);
        assertNull(a.getAnonymityReason());
        assertEquals(
                java.util.Arrays.asList(WHY, null, "Fears for his job; the memo was seen by us.", null),
                a.getDecisions().stream()
                        .map(AttributionDecision::anonymityReason)
                        .toList());
    }

    @Test
    void onlyEditorsLink() {
        Source officials = source("officials", SourceKind.ANONYMOUS);
        Attribution a = claim("Officials said");
        assertThrows(NotPermittedException.class, () -> a.link(officials, WHY, REPORTER, T1));
    }

    // --- merges ---------------------------------------------------------------------------------------

    @Test
    void aMergeIntoAnAnonymousSourceKeepsEachClaimsEarlierReason() {
        Source survivor = source("officials familiar with the talks", SourceKind.ANONYMOUS);
        Source duplicate = source("two officials familiar with the negotiations", SourceKind.ANONYMOUS);
        Attribution a = claim("Two officials familiar with the negotiations said");
        a.link(duplicate, WHY, EDITOR, T0);

        Anonymity.merge(survivor, duplicate, null, List.of(a), EDITOR, T1);

        assertEquals(survivor.getId(), a.getSourceId());
        assertEquals(WHY, a.getAnonymityReason());
        assertEquals(Action.RELINKED, last(a).action());
        assertEquals(WHY, last(a).anonymityReason());
        assertEquals(survivor.getId(), duplicate.getMergedInto());
    }

    @Test
    void aClaimLinkedBeforeTheRuleFollowsAMergeAsItWas() {
        Source survivor = source("officials familiar with the talks", SourceKind.ANONYMOUS);
        Source duplicate = source("a senior official", SourceKind.PERSON);
        Attribution legacy = claim("A senior official said");
        legacy.link(duplicate, EDITOR, T0);
        duplicate.edit(new SourceEdit(duplicate.getName(), SourceKind.ANONYMOUS, null, null, null, null), EDITOR, T0);
        // (a kind changed before the rule existed: the claim has no reason, as rows migrated by V16)

        Anonymity.merge(survivor, duplicate, null, List.of(legacy), EDITOR, T1);

        assertEquals(survivor.getId(), legacy.getSourceId());
        assertNull(legacy.getAnonymityReason());
    }

    @Test
    void mergingASourceThatIsNotAnonymousIntoAnAnonymousOneIsRefusedWhileItsClaimsHaveNoReason() {
        Source survivor = source("officials", SourceKind.ANONYMOUS);
        Source duplicate = source("Officials of the ministry", SourceKind.ORGANIZATION);
        Attribution a = claim("Officials of the ministry said");
        a.link(duplicate, EDITOR, T0);
        int lines = a.getDecisions().size();

        assertEquals(
                "\"officials\" is anonymous and \"Officials of the ministry\" is not: 1 claim would rest on"
                        + " an anonymous source without a reason why anonymity was granted. Change the kind of"
                        + " \"Officials of the ministry\" to anonymous first (which asks the reason), then merge.",
                assertThrows(
                                AnonymityReasonException.class,
                                () -> Anonymity.merge(survivor, duplicate, null, List.of(a), EDITOR, T1))
                        .getMessage());
        assertNull(duplicate.getMergedInto());
        assertTrue(survivor.getAliases().isEmpty());
        assertEquals(1, survivor.getHistory().size());
        assertEquals(duplicate.getId(), a.getSourceId());
        assertEquals(lines, a.getDecisions().size());

        // with no claim on it, or the other way round, the merge needs no reason
        Source bare = source("Ministry officials", SourceKind.ORGANIZATION);
        Anonymity.merge(survivor, bare, null, List.of(), EDITOR, T1);
        assertEquals(survivor.getId(), bare.getMergedInto());
        Source other = source("Interior ministry", SourceKind.ORGANIZATION);
        Anonymity.merge(other, duplicate, null, List.of(a), EDITOR, T1);
        assertEquals(other.getId(), a.getSourceId());
    }

    // --- a source made anonymous in the registry ----------------------------------------------------------

    private static SourceEdit toKind(Source s, SourceKind kind) {
        return new SourceEdit(s.getName(), kind, s.getRole(), s.getReference(), null, null);
    }

    @Test
    void aSourceWithClaimsBecomesAnonymousOnlyWithTheReasonWrittenOnEachClaim() {
        Source diplomat = source("a diplomat", SourceKind.PERSON);
        Attribution first = claim("A diplomat said");
        Attribution second = claim("The diplomat added");
        Attribution elsewhere = claim("Officials said");
        first.link(diplomat, EDITOR, T0);
        second.link(diplomat, EDITOR, T0);
        elsewhere.link(source("officials", SourceKind.ANONYMOUS), WHY, EDITOR, T0);
        List<Attribution> linked = List.of(first, second);

        assertEquals(
                "2 claims rest on this source; say why anonymity was granted before it becomes anonymous"
                        + " (10 to 1000 characters, written on each claim's history).",
                assertThrows(
                                AnonymityReasonException.class,
                                () -> Anonymity.edit(
                                        diplomat, toKind(diplomat, SourceKind.ANONYMOUS), null, linked, EDITOR, T1))
                        .getMessage());
        assertThrows(
                AnonymityReasonException.class,
                () -> Anonymity.edit(diplomat, toKind(diplomat, SourceKind.ANONYMOUS), "short", linked, EDITOR, T1));
        assertEquals(SourceKind.PERSON, diplomat.getKind());
        assertEquals(1, diplomat.getHistory().size());
        assertEquals(1, first.getDecisions().size());

        Anonymity.edit(
                diplomat,
                toKind(diplomat, SourceKind.ANONYMOUS),
                " Named only by his post; we agreed to it. ",
                linked,
                EDITOR,
                T1);

        assertEquals(SourceKind.ANONYMOUS, diplomat.getKind());
        for (Attribution a : linked) {
            assertEquals("Named only by his post; we agreed to it.", a.getAnonymityReason());
            assertEquals(Action.ANONYMITY_GIVEN, last(a).action());
            assertEquals("Named only by his post; we agreed to it.", last(a).anonymityReason());
            assertEquals("Source made anonymous: a diplomat", last(a).note());
        }
    }

    @Test
    void aKindChangeAsksNothingWithoutClaimsOrWhenTheyHaveReasonsOrForAnotherKind() {
        Source nobody = source("a bystander", SourceKind.PERSON);
        Anonymity.edit(nobody, toKind(nobody, SourceKind.ANONYMOUS), null, List.of(), EDITOR, T1);
        assertEquals(SourceKind.ANONYMOUS, nobody.getKind());

        Source officials = source("officials", SourceKind.ANONYMOUS);
        Attribution a = claim("Officials said");
        a.link(officials, WHY, EDITOR, T0);
        Anonymity.edit(officials, toKind(officials, SourceKind.ORGANIZATION), null, List.of(a), EDITOR, T1);
        assertEquals(WHY, a.getAnonymityReason(), "a claim keeps the reason it was given");
        Anonymity.edit(officials, toKind(officials, SourceKind.ANONYMOUS), null, List.of(a), EDITOR, T1);
        assertEquals(SourceKind.ANONYMOUS, officials.getKind());
        assertEquals(Action.LINKED, last(a).action());
    }
}
