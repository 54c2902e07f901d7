package org.copydesk.engine.copycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.engine.copycheck.Gazetteer.Entry;
import org.copydesk.engine.copycheck.Gazetteer.Kind;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static final Gazetteer SHIPPED = Gazetteer.shipped();

    @Test
    void theShippedGazetteerIsReadOnceAndKnowsTheWorld() {
        assertSame(SHIPPED, Gazetteer.shipped());
        Map<Kind, Integer> byKind = new EnumMap<>(Kind.class);
        for (Entry entry : SHIPPED.entries()) {
            byKind.merge(entry.kind(), 1, Integer::sum);
        }
        assertTrue(byKind.get(Kind.COUNTRY) >= 250, byKind.toString());
        assertTrue(byKind.get(Kind.REGION) >= 3_800, byKind.toString());
        assertTrue(byKind.get(Kind.CITY) >= 25_000, byKind.toString());
        assertTrue(byKind.get(Kind.DEMONYM) >= 200, byKind.toString());
        assertTrue(byKind.get(Kind.ORGANIZATION) >= 200, byKind.toString());
        assertTrue(byKind.get(Kind.PLACE) >= 600, byKind.toString());
    }

    @Test
    void theShippedGazetteerNamesThePlacesOfTheSeedAndTheSamples() {
        for (String name : List.of(
                "China",
                "Greece",
                "Japan",
                "Korea",
                "North Korea",
                "South Korea",
                "Russia",
                "Buryatia",
                "Khabarovsk",
                "Vladivostok",
                "Pyongyang",
                "Washington",
                "Moscow",
                "Athens",
                "Thessaloniki",
                "Piraeus",
                "Hokkaido",
                "Sapporo",
                "Asahikawa",
                "Chitose",
                "Furano",
                "Biei")) {
            assertTrue(SHIPPED.contains(name), name);
        }
    }

    @Test
    void citiesOfFifteenThousandPeopleOrMoreOnEveryContinentAreCities() {
        // Asia, Europe, Africa, North and South America, Oceania.
        for (String city : List.of(
                "Gaziantep",
                "Ahvaz",
                "Avdiivka",
                "Kismayo",
                "Bamenda",
                "Tuscaloosa",
                "Riobamba",
                "Ipatinga",
                "Lae",
                "Toowoomba")) {
            assertTrue(entry(city, Kind.CITY).population() >= 15_000, city);
        }
        // Gaziantep is a province too, and a region comes first.
        assertEquals(Kind.REGION, SHIPPED.kind("Gaziantep"));
        assertEquals(Kind.CITY, SHIPPED.kind("Tuscaloosa"));
        Entry gaziantep = entry("Gaziantep", Kind.CITY);
        assertEquals("TR", gaziantep.country());
        assertTrue(gaziantep.population() > 1_000_000, gaziantep.toString());
    }

    @Test
    void aCityHasItsMainNameAndItsAsciiName() {
        assertEquals(Kind.CITY, SHIPPED.kind("Zürich"));
        Entry zurich = entry("Zurich", Kind.CITY);
        assertEquals(entry("Zürich", Kind.CITY).population(), zurich.population());
        assertEquals("CH", zurich.country());
        assertTrue(SHIPPED.contains("Kahramanmaraş"));
        assertTrue(SHIPPED.contains("Kahramanmaras"));
    }

    @Test
    void capitalsAreCitiesWhateverTheirSize() {
        Entry vaduz = entry("Vaduz", Kind.CITY);
        assertEquals("LI", vaduz.country());
        assertTrue(vaduz.population() < 15_000, vaduz.toString());
    }

    @Test
    void placesUnderFifteenThousandPeopleAreNotCities() {
        // Both are in the GeoNames data the gazetteer is built from: Zermatt with 6,629 people,
        // Hallstatt with 779.
        assertFalse(SHIPPED.contains("Zermatt"));
        assertFalse(SHIPPED.contains("Hallstatt"));
    }

    @Test
    void regionsHaveTheirNameAndTheNameWithoutTheirDesignator() {
        for (String region : List.of(
                "Bavaria",
                "Hokkaido",
                "Khabarovsk",
                "Krasnodar Krai",
                "Krasnodar",
                "Bashkortostan Republic",
                "Bashkortostan",
                "Borno State",
                "Borno",
                "North Rhine-Westphalia")) {
            assertTrue(SHIPPED.entries().contains(entry(region, Kind.REGION)), region);
        }
        assertEquals("RU", entry("Bashkortostan", Kind.REGION).country());
    }

    @Test
    void countriesDemonymsAndOrganisationsHaveTheirKind() {
        assertEquals(Kind.COUNTRY, SHIPPED.kind("Kazakhstan"));
        assertEquals(Kind.COUNTRY, SHIPPED.kind("Federal Democratic Republic of Ethiopia"));
        assertEquals("KZ", entry("Kazakhstan", Kind.COUNTRY).country());
        assertEquals(Kind.DEMONYM, SHIPPED.kind("Burkinabe"));
        assertEquals(Kind.DEMONYM, SHIPPED.kind("Emirati"));
        // "Antiguan, Barbudan" in the source: one name each.
        assertEquals(Kind.DEMONYM, SHIPPED.kind("Barbudan"));
        assertEquals("AE", entry("Emirati", Kind.DEMONYM).country());
        for (String organisation : List.of(
                "Reuters",
                "Agence France-Presse",
                "Interpol",
                "World Health Organization",
                "Ministry of Defence",
                "Bernama",
                "Anadolu")) {
            assertEquals(Kind.ORGANIZATION, SHIPPED.kind(organisation), organisation);
        }
    }

    @Test
    void theCuratedPlacesAreStillRead() {
        for (String place : List.of("Black Sea", "Himalayas", "Strait of Hormuz", "Cologne", "Burma", "Gothenburg")) {
            assertEquals(Kind.PLACE, SHIPPED.kind(place), place);
            assertTrue(SHIPPED.entries().contains(new Entry(place, Kind.PLACE, 0, null)), place);
        }
    }

    @Test
    void aNameWithSeveralKindsHasTheFirstInEnumOrder() {
        // Georgia: the country, the US state and the curated place.
        assertEquals(Kind.COUNTRY, SHIPPED.kind("Georgia"));
        assertNotNull(entry("Georgia", Kind.REGION));
        assertNotNull(entry("Georgia", Kind.PLACE));
        Gazetteer gazetteer = Gazetteer.ofEntries(List.of(
                new Entry("Georgia", Kind.PLACE, 0, null),
                new Entry("Georgia", Kind.REGION, 0, "US"),
                new Entry("Georgia", Kind.COUNTRY, 0, "GE")));
        assertEquals(Kind.COUNTRY, gazetteer.kind("Georgia"));
        assertEquals(List.of("Georgia"), List.copyOf(gazetteer.names()));
        // (Atlantis is real: a town of 67,000 in South Africa.)
        assertNull(gazetteer.kind("Ruritania"));
        assertNull(SHIPPED.kind("Ruritania"));
    }

    @Test
    void noEntryIsThereTwiceAndNamesAreUnique() {
        Set<String> seen = new HashSet<>();
        for (Entry entry : SHIPPED.entries()) {
            assertTrue(seen.add(entry.kind() + "\t" + entry.name()), entry.toString());
        }
        assertEquals(Set.copyOf(SHIPPED.entries().stream().map(Entry::name).toList()), SHIPPED.names());
        assertEquals(SHIPPED.names().size(), Set.copyOf(SHIPPED.names()).size());
    }

    @Test
    void namesAreCleanAndTheCollectionsUnmodifiable() {
        for (Entry entry : SHIPPED.entries()) {
            String name = entry.name();
            assertFalse(name.isBlank(), entry.toString());
            assertEquals(name.strip(), name);
            assertFalse(name.contains("  ") || name.contains("\t"), entry.toString());
            assertFalse(name.startsWith("#"), name);
            assertTrue(name.codePoints().anyMatch(Character::isLetter), name);
            assertTrue(entry.population() >= 0, entry.toString());
            assertTrue(entry.country() == null || entry.country().matches("[A-Z]{2}"), entry.toString());
            if (entry.kind() == Kind.PLACE || entry.kind() == Kind.ORGANIZATION) {
                assertTrue(Character.isUpperCase(name.codePointAt(0)), name);
            }
        }
        assertThrows(UnsupportedOperationException.class, () -> SHIPPED.names().add("Atlantis"));
        assertThrows(UnsupportedOperationException.class, () -> SHIPPED.entries()
                .add(new Entry("Atlantis", Kind.PLACE, 0, null)));
    }

    @Test
    void theGeneratedResourceStaysSmall() throws IOException {
        try (InputStream in = Gazetteer.class.getResourceAsStream(Gazetteer.WORLD_RESOURCE)) {
            assertNotNull(in);
            long size = in.readAllBytes().length;
            assertTrue(size < 1_500_000, "bytes: " + size);
        }
    }

    @Test
    void ofDropsBlanksCollapsesWhitespaceAndKeepsOrder() {
        Gazetteer gazetteer =
                Gazetteer.of(Arrays.asList(" Ho  Chi Minh City ", "", null, "Hanoi", "Hanoi", "Hue\t City"));
        assertEquals(List.of("Ho Chi Minh City", "Hanoi", "Hue City"), List.copyOf(gazetteer.names()));
        assertEquals(
                List.of(
                        new Entry("Ho Chi Minh City", Kind.PLACE, 0, null),
                        new Entry("Hanoi", Kind.PLACE, 0, null),
                        new Entry("Hue City", Kind.PLACE, 0, null)),
                gazetteer.entries());
        assertEquals(Kind.PLACE, gazetteer.kind("Hanoi"));
    }

    @Test
    void ofEntriesKeepsTheFirstEntryOfAKindAndName() {
        Gazetteer gazetteer = Gazetteer.ofEntries(Arrays.asList(
                new Entry("Springfield", Kind.CITY, 166_810, "US"),
                null,
                new Entry(" Springfield ", Kind.CITY, 60_000, "US"),
                new Entry("Springfield", Kind.PLACE, 0, null),
                new Entry("  ", Kind.CITY, 5, "US")));
        assertEquals(
                List.of(
                        new Entry("Springfield", Kind.CITY, 166_810, "US"),
                        new Entry("Springfield", Kind.PLACE, 0, null)),
                gazetteer.entries());
        assertEquals(Set.of("Springfield"), gazetteer.names());
        assertEquals(Kind.CITY, gazetteer.kind("Springfield"));
    }

    @Test
    void filterKeepsTheMatchingEntriesInOrder() {
        Gazetteer gazetteer = Gazetteer.ofEntries(List.of(
                new Entry("Georgia", Kind.COUNTRY, 0, "GE"),
                new Entry("Atlanta", Kind.CITY, 498_715, "US"),
                new Entry("Georgia", Kind.REGION, 0, "US"),
                new Entry("Georgian", Kind.DEMONYM, 0, "GE")));
        Gazetteer places = gazetteer.filter(entry -> entry.kind() != Kind.DEMONYM && entry.kind() != Kind.COUNTRY);
        assertEquals(
                List.of(new Entry("Atlanta", Kind.CITY, 498_715, "US"), new Entry("Georgia", Kind.REGION, 0, "US")),
                places.entries());
        assertEquals(Kind.REGION, places.kind("Georgia"));
        assertFalse(places.contains("Georgian"));
    }

    @Test
    void anEntryNeedsANameAKindAndNoNegativePopulation() {
        assertThrows(NullPointerException.class, () -> new Entry(null, Kind.CITY, 0, null));
        assertThrows(NullPointerException.class, () -> new Entry("Lae", null, 0, null));
        assertThrows(IllegalArgumentException.class, () -> new Entry("Lae", Kind.CITY, -1, "PG"));
    }

    private static Entry entry(String name, Kind kind) {
        return SHIPPED.entries().stream()
                .filter(entry -> entry.name().equals(name) && entry.kind() == kind)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }
}
