package org.copydesk.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aLongUncommonPasswordIsTaken() {
        assertEquals(Optional.empty(), PasswordPolicy.problem("ferry lantern oboe quartz", "rita"));
        assertEquals(Optional.empty(), PasswordPolicy.problem("Tromsø-harbour-1987", "rita"));
    }

    @Test
    void shortPasswordsAreRefusedWithTheirLength() {
        assertEquals(
                Optional.of("A password needs at least 12 characters; this one has 8."),
                PasswordPolicy.problem("copydesk", "rita"));
        // characters, not UTF-16 units: eleven letters with a character outside the BMP are still eleven
        assertTrue(PasswordPolicy.problem("𝒜bcdefghijk", "rita").orElseThrow().contains("has 11"));
        assertTrue(PasswordPolicy.problem("", "rita").isPresent());
        assertTrue(PasswordPolicy.problem(null, "rita").isPresent());
        assertTrue(PasswordPolicy.problem("x".repeat(201), "rita").orElseThrow().contains("at most 200"));
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        for (String common :
                new String[] {"password1234", "PASSWORD1234", "qwertyuiopasdf", "1q2w3e4r5t6y", "administrator"}) {
            assertTrue(PasswordPolicy.isCommon(common), common);
            assertTrue(PasswordPolicy.problem(common, "rita").orElseThrow().contains("common passwords"), common);
        }
        assertFalse(PasswordPolicy.isCommon("ferry lantern oboe quartz"));
    }

    @Test
    void thePasswordMayNotContainTheUsername() {
        assertEquals(
                Optional.of("A password must not contain the username."),
                PasswordPolicy.problem("Ritareporter-2026!", "ritareporter"));
    }

    @Test
    void oneTimePasswordsAreLongRandomAndReadable() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String p = OneTimePasswords.generate();
            assertTrue(p.matches("[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}"), p);
            assertFalse(p.matches(".*[01lIoO].*"), "no look-alikes: " + p);
            assertEquals(Optional.empty(), PasswordPolicy.problem(p, "rita"), p);
            seen.add(p);
        }
        assertEquals(1_000, seen.size());
    }
}
