package org.copydesk.engine.copycheck;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a capitalised word stands where a place's name stands, so that a near miss of any place in
 * the gazetteer, however small, is worth reporting there even when the word is an ordinary English
 * word ("from Bristle", "Colombo, Candy and Dambulla", "Cypress has asked"). Everywhere else a
 * capitalised word is compared only to names the story mentions and to major names (see
 * {@link NameConsistencyRule}).
 *
 * <p>A word is in a place position when
 * <ul>
 *   <li><b>after a preposition of place</b>: directly after "in", "near", "across", "around", "outside",
 *       "throughout", "inside", "within", "beyond" (<em>strong</em>: a name there is a place, even one the
 *       dictionary knows as a first name, "in Basil"), or after "at", "from", "to", "into", "toward(s)",
 *       "via", "off", "between", or "of" after a lower-case word ("north of", "the coast of"), where a
 *       person may stand too ("a letter from Maria"), so a known first name is not taken for a place;
 *   <li><b>in a list of places</b>: next to a known place with only a comma, "and" or "or" between
 *       ("Colombo, Candy and Dambulla", "El Paso, Taxes") (strong);
 *   <li><b>in an apposition that says it is a place</b>: followed by a comma and, within six words, a
 *       place noun ("Heart, the nearest large city, …") (strong);
 *   <li><b>a bare subject</b>: at the start of a sentence of the body, a singular count noun followed by
 *       a finite verb ("Cypress has become…"): English does not let a common count noun stand there
 *       without an article; or any word followed by ", whose" / ", which" / ", where" ("Omen, whose
 *       reefs…"). Not in display type, where headlinese drops articles ("Builder jailed for fraud");
 *   <li><b>right after a place noun and a comma</b>: "the island's second city, Limasol, …" (strong).
 * </ul>
 * A word followed by a number is in no place position: it is a label ("in Figure 2", "at Gate 14"). Nor is,
 * for {@link NameConsistencyRule}, which asks before it asks for the position, a word followed by an
 * apposition that says it is an organisation ({@link #organizationApposition}: "Prospect, the union for
 * technical staff, …"; within six words a noun such as union, charity, company, party, agency), whatever
 * stands before it ("stage crews in Prospect, the union for…"); and a word right after such a noun ("the
 * Spanish newspaper Marca") is a name the story introduces ({@link #afterOrganizationNoun}).
 */
final class NamePositions {

    enum Position {
        /** Not a place position. */
        NONE,
        /** A place position where a person or a first name may stand too. */
        WEAK,
        /** A place position where only a place stands. */
        STRONG
    }

    private static final Set<String> STRONG_PREPOSITIONS =
            Set.of("in", "near", "across", "around", "outside", "throughout", "inside", "within", "beyond");

    private static final Set<String> WEAK_PREPOSITIONS =
            Set.of("at", "from", "to", "into", "toward", "towards", "via", "off", "between");

    private static final Set<String> PLACE_NOUNS = Set.of(
            "city",
            "town",
            "capital",
            "port",
            "village",
            "province",
            "region",
            "state",
            "country",
            "island",
            "district",
            "county",
            "municipality",
            "area",
            "resort",
            "suburb",
            "neighbourhood",
            "neighborhood",
            "prefecture",
            "kingdom",
            "republic",
            "emirate",
            "enclave");

    /**
     * Nouns that, heading an apposition, say the name before it is an organisation's ("Prospect, the union
     * for technical staff, …"), so no place position can make it a place.
     */
    private static final Set<String> ORGANIZATION_NOUNS = Set.of(
            "union",
            "charity",
            "company",
            "firm",
            "group",
            "party",
            "association",
            "agency",
            "trust",
            "foundation",
            "organisation",
            "organization",
            "body",
            "federation",
            "society",
            "institute",
            "club",
            "band",
            "bank",
            "lender",
            "insurer",
            "retailer",
            "chain",
            "airline",
            "carrier",
            "broadcaster",
            "newspaper",
            "publisher",
            "regulator",
            "watchdog",
            "campaign",
            "coalition",
            "alliance",
            "movement",
            "network",
            "operator",
            "developer",
            "manufacturer",
            "maker",
            "supplier",
            "startup");

    private static final Set<String> RELATIVES = Set.of("whose", "which", "where");

    private final EnglishLexicon lexicon;

    NamePositions(EnglishLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Where word {@code k} of a passage stands.
     *
     * @param places whether a folded word is (a word of) a known place
     */
    Position of(
            String text,
            List<Words.Word> words,
            int k,
            boolean displayType,
            java.util.function.Predicate<String> places) {
        Words.Word word = words.get(k);
        if (numberedLabel(text, word)) {
            return Position.NONE;
        }
        Words.Word previous = k > 0 ? words.get(k - 1) : null;
        if (previous != null && spaces(text, previous.end(), word.start()) && lowerCase(previous)) {
            String preposition = previous.text();
            if (STRONG_PREPOSITIONS.contains(preposition)) {
                return Position.STRONG;
            }
            if (WEAK_PREPOSITIONS.contains(preposition)) {
                return Position.WEAK;
            }
            if (preposition.equals("of")
                    && k > 1
                    && lowerCase(words.get(k - 2))
                    && spaces(text, words.get(k - 2).end(), previous.start())) {
                return Position.WEAK;
            }
        }
        if (inListOfPlaces(text, words, k, places)) {
            return Position.STRONG;
        }
        if (placeApposition(text, words, k) || afterPlaceNoun(text, words, k)) {
            return Position.STRONG;
        }
        if (word.sentenceInitial() && !displayType && bareSubject(text, words, k)) {
            return Position.WEAK;
        }
        return Position.NONE;
    }

    private static boolean inListOfPlaces(
            String text, List<Words.Word> words, int k, java.util.function.Predicate<String> places) {
        Words.Word word = words.get(k);
        if (k > 0) {
            Words.Word previous = words.get(k - 1);
            if (listSeparator(text.substring(previous.end(), word.start()))
                    && previous.capitalised()
                    && places.test(previous.folded())) {
                return true;
            }
        }
        if (k + 1 < words.size()) {
            Words.Word next = words.get(k + 1);
            return listSeparator(text.substring(word.end(), next.start()))
                    && next.capitalised()
                    && places.test(next.folded());
        }
        return false;
    }

    private static boolean listSeparator(String between) {
        String s = between.strip();
        return s.equals(",") || s.equals("and") || s.equals("or") || s.equals(", and") || s.equals(", or");
    }

    private static boolean placeApposition(String text, List<Words.Word> words, int k) {
        return apposition(text, words, k, PLACE_NOUNS);
    }

    /** "in Figure 2", "at Gate 14", "from Terminal 5": a word numbered is a label, not a place's name. */
    private static boolean numberedLabel(String text, Words.Word word) {
        int i = word.end();
        if (i >= text.length() || text.charAt(i) != ' ') {
            return false;
        }
        return i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
    }

    /**
     * "the Spanish newspaper Marca", "the union Unite": a name right after a lower-case noun that says it is an
     * organisation's.
     */
    static boolean afterOrganizationNoun(String text, List<Words.Word> words, int k) {
        if (k == 0) {
            return false;
        }
        Words.Word previous = words.get(k - 1);
        return lowerCase(previous)
                && ORGANIZATION_NOUNS.contains(previous.text())
                && spaces(text, previous.end(), words.get(k).start());
    }

    /** "Prospect, the union for technical and specialist staff, …": an apposition that says it is an organisation. */
    static boolean organizationApposition(String text, List<Words.Word> words, int k) {
        return apposition(text, words, k, ORGANIZATION_NOUNS);
    }

    /** Whether the word is followed by a comma and, within six words, one of these nouns ending its phrase. */
    private static boolean apposition(String text, List<Words.Word> words, int k, Set<String> nouns) {
        Words.Word word = words.get(k);
        if (k + 1 >= words.size()
                || !text.substring(word.end(), words.get(k + 1).start()).strip().equals(",")) {
            return false;
        }
        for (int i = k + 1; i < Math.min(words.size(), k + 7); i++) {
            Words.Word next = words.get(i);
            if (i > k + 1 && !spaces(text, words.get(i - 1).end(), next.start())) {
                return false;
            }
            if (nouns.contains(next.text()) && endsApposition(text, words, i)) {
                return true;
            }
        }
        return false;
    }

    /** "the island's second city, Limasol, …": right after a place noun and a comma. */
    private static boolean afterPlaceNoun(String text, List<Words.Word> words, int k) {
        if (k == 0) {
            return false;
        }
        Words.Word previous = words.get(k - 1);
        return PLACE_NOUNS.contains(previous.text())
                && text.substring(previous.end(), words.get(k).start()).strip().equals(",");
    }

    /** Whether the place noun ends its phrase: "the nearest large city, …", not "state-owned". */
    private static boolean endsApposition(String text, List<Words.Word> words, int i) {
        int end = words.get(i).end();
        if (end >= text.length()) {
            return true;
        }
        char next = text.charAt(end);
        if (",.;:)".indexOf(next) >= 0) {
            return true;
        }
        return next == ' '
                && i + 1 < words.size()
                && Set.of(
                                "of",
                                "in",
                                "on",
                                "near",
                                "where",
                                "which",
                                "that",
                                "for",
                                "with",
                                "whose",
                                "representing",
                                "behind",
                                "based",
                                "led",
                                "run")
                        .contains(words.get(i + 1).text());
    }

    private boolean bareSubject(String text, List<Words.Word> words, int k) {
        Words.Word word = words.get(k);
        if (k + 1 >= words.size()) {
            return false;
        }
        Words.Word next = words.get(k + 1);
        String between = text.substring(word.end(), next.start()).strip();
        if (between.isEmpty()) {
            return lexicon.isBareCountNoun(word.text()) && lowerCase(next) && lexicon.isFiniteVerb(next.text());
        }
        return between.equals(",") && RELATIVES.contains(next.text());
    }

    private static boolean lowerCase(Words.Word word) {
        return word.text().equals(word.text().toLowerCase(Locale.ROOT));
    }

    private static boolean spaces(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\u00A0') {
                return false;
            }
        }
        return true;
    }
}
