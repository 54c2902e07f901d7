package org.copydesk.domain.copycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    @Test
    void theShippedGazetteerHasSeveralHundredPlaces() {
        Gazetteer gazetteer = Gazetteer.shipped();
        assertTrue(gazetteer.names().size() >= 300, "names: " + gazetteer.names().size());
        assertSame(gazetteer, Gazetteer.shipped());
    }

    @Test
    void theShippedGazetteerNamesThePlacesOfTheSeedAndTheSamples() {
        Gazetteer gazetteer = Gazetteer.shipped();
        for (String name : List.of("China", "Greece", "Japan", "Korea", "North Korea", "South Korea", "Russia",
                "Buryatia", "Khabarovsk", "Vladivostok", "Pyongyang", "Washington", "Moscow", "Athens",
                "Thessaloniki", "Piraeus", "Hokkaido", "Sapporo", "Asahikawa", "Chitose", "Furano", "Biei")) {
            assertTrue(gazetteer.contains(name), name);
        }
    }

    @Test
    void namesAreCleanCapitalisedAndUnmodifiable() {
        Gazetteer gazetteer = Gazetteer.shipped();
        for (String name : gazetteer.names()) {
            assertEquals(name.strip(), name);
            assertFalse(name.startsWith("#"), name);
            assertTrue(Character.isUpperCase(name.charAt(0)), name);
        }
        assertThrows(UnsupportedOperationException.class, () -> gazetteer.names().add("Atlantis"));
    }

    @Test
    void ofDropsBlanksCollapsesWhitespaceAndKeepsOrder() {
        Gazetteer gazetteer = Gazetteer.of(Arrays.asList(" Ho  Chi Minh City ", "", null, "Hanoi", "Hanoi"));
        assertEquals(List.of("Ho Chi Minh City", "Hanoi"), List.copyOf(gazetteer.names()));
    }
}
