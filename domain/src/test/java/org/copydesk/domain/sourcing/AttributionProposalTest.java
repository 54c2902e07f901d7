package org.copydesk.domain.sourcing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.Role;
import org.junit.jupiter.api.Test;

/** An undecided claim's proposal edited by an editor before a source is made from it. */
class AttributionProposalTest {

    private static final Actor EDITOR = Actor.of("editor", Role.EDITOR);
    private static final Instant NOW = Instant.parse("2025-01-01T10:00:00Z");

    private static Attribution claim() {
        return new Attribution(
                1, "b1", 0, 8, "The city", "The city of Vladivostok is near.", "MANUAL", null, null, null);
    }

    @Test
    void theNameIsTrimmedAndABlankRoleIsNone() {
        Attribution a = claim();
        a.editProposal("  Vladivostok   city  hall ", SourceKind.ORGANIZATION, "  ", EDITOR, java.time.Instant.EPOCH);
        assertEquals("Vladivostok city hall", a.getProposedName());
        assertEquals(SourceKind.ORGANIZATION, a.getProposedKind());
        assertNull(a.getProposedRole());
        a.editProposal("Igor Petrov", SourceKind.PERSON, " mayor ", EDITOR, java.time.Instant.EPOCH);
        assertEquals("mayor", a.getProposedRole());
    }

    @Test
    void aNameHasOneToTwoHundredCharactersAndAKindIsNeeded() {
        Attribution a = claim();
        assertThrows(
                IllegalArgumentException.class,
                () -> a.editProposal(null, SourceKind.PERSON, null, EDITOR, java.time.Instant.EPOCH));
        assertThrows(
                IllegalArgumentException.class,
                () -> a.editProposal(" \t ", SourceKind.PERSON, null, EDITOR, java.time.Instant.EPOCH));
        assertThrows(
                IllegalArgumentException.class,
                () -> a.editProposal(
                        "x".repeat(Source.NAME_MAX + 1), SourceKind.PERSON, null, EDITOR, java.time.Instant.EPOCH));
        assertThrows(
                IllegalArgumentException.class,
                () -> a.editProposal("Igor Petrov", null, null, EDITOR, java.time.Instant.EPOCH));
        assertThrows(
                IllegalArgumentException.class,
                () -> a.editProposal(
                        "Igor Petrov",
                        SourceKind.PERSON,
                        "r".repeat(Attribution.ROLE_MAX + 1),
                        EDITOR,
                        java.time.Instant.EPOCH));
        assertNull(a.getProposedName(), "nothing changed");
        a.editProposal(
                " " + "x".repeat(Source.NAME_MAX) + " ", SourceKind.PERSON, null, EDITOR, java.time.Instant.EPOCH);
        assertEquals(Source.NAME_MAX, a.getProposedName().length());
    }

    @Test
    void onlyEditorsEditAndOnlyUndecidedClaims() {
        Attribution a = claim();
        for (Role role : new Role[] {Role.REPORTER, Role.COPY_EDITOR, Role.ADMIN}) {
            assertThrows(
                    NotPermittedException.class,
                    () -> a.editProposal(
                            "Igor Petrov",
                            SourceKind.PERSON,
                            null,
                            Actor.of("someone", role),
                            java.time.Instant.EPOCH));
        }
        a.reject("Not a claim", EDITOR, NOW);
        assertThrows(
                IllegalArgumentException.class,
                () -> a.editProposal("Igor Petrov", SourceKind.PERSON, null, EDITOR, java.time.Instant.EPOCH));
    }
}
