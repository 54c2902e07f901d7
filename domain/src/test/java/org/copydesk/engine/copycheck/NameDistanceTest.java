package org.copydesk.engine.copycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameDistanceTest {

    @Test
    void soundAlikeLettersCostHalf() {
        assertEquals(0.5, NameDistance.between("chine", "china"));
        assertEquals(1.0, NameDistance.between("grease", "greece"));
        assertEquals(0.5, NameDistance.between("moskow", "moscow"));
        assertEquals(0.5, NameDistance.between("peskow", "peskov"));
        assertEquals(2, NameDistance.plain("grease", "greece"));
    }

    @Test
    void doubledLettersCostHalf() {
        assertEquals(0.5, NameDistance.between("thesaloniki", "thessaloniki"));
        assertEquals(0.5, NameDistance.between("philipines", "philippines"));
    }

    @Test
    void otherEditsCostOneAndTheFirstLetterHalfMore() {
        assertEquals(0, NameDistance.between("korea", "korea"));
        assertEquals(1, NameDistance.between("mosow", "moscow"));
        assertEquals(1, NameDistance.between("khabarovks", "khabarovsk"));
        assertEquals(1.5, NameDistance.between("while", "chile"));
        assertEquals(1.0, NameDistance.between("perlin", "berlin"));
    }

    @Test
    void theAllowanceGrowsWithLength() {
        assertTrue(NameDistance.allowance(3) < 0);
        assertEquals(0.5, NameDistance.allowance(4));
        assertEquals(1, NameDistance.allowance(6));
        assertEquals(1.5, NameDistance.allowance(8));
        assertEquals(2, NameDistance.allowance(9));
    }

    @Test
    void nearMisses() {
        assertTrue(NameDistance.nearMiss("chine", "china"));
        assertTrue(NameDistance.nearMiss("grease", "greece"));
        assertTrue(NameDistance.nearMiss("pyongyong", "pyongyang"));
        assertTrue(NameDistance.nearMiss("irak", "iraq"));
    }

    @Test
    void notNearMisses() {
        assertFalse(NameDistance.nearMiss("china", "china"), "the same");
        assertFalse(NameDistance.nearMiss("chin", "china"), "4 letters allow one sound-alike letter only");
        assertFalse(NameDistance.nearMiss("greek", "greece"));
        assertFalse(NameDistance.nearMiss("austin", "austria"));
        assertFalse(NameDistance.nearMiss("dunland", "finland"));
        assertFalse(NameDistance.nearMiss("peru", "per"), "under 4 letters");
        assertFalse(NameDistance.nearMiss("seoul", "soul"));
    }
}
