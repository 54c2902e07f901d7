package org.copydesk.engine.detection;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.copydesk.domain.sourcing.SourceKind;

/**
 * Tells who a speaker phrase names, and as what kind of source. The kinds follow the quality
 * corpus's table (bench/quality/README.md): an institution speaking as itself is an ORGANIZATION, a
 * document as subject or object a DOCUMENT, an unnamed person or people ANONYMOUS, a named person
 * PERSON.
 *
 * <h2>Person names</h2>
 * A person's name is the run of capitalised words that ends the phrase (name particles such as
 * "bin", "von" or "de" may stand inside it, "al-Hamdani" counts as capitalised, and post-nominals
 * such as "KC" are left off), after the titles in front of it are taken off: everything up to the
 * last title in the run ("Russian President Vladimir Putin" → "Vladimir Putin"), or, when the run
 * follows "of" or "for" after a title, its first word, which finishes the title ("US Secretary of
 * State Rex Tillerson" → "Rex Tillerson"); a common noun that opens the sentence before a name of two
 * words is a role too ("Striker Tomas Kral"). "Chief Marlene Dick of the Tsal’alh Nation" is the
 * titled name before "of". It is a name when it has two or more words, or one word after a title
 * ("spokesman Peskov") or one word that is the surname of a person named in full anywhere in the
 * story ({@link StoryMemory}). It is not a name when it
 * <ul>
 *   <li>holds an organisation, media or document word ("Japan Meteorological Agency", "European
 *       Commission"), or after its first word a word the dictionary knows only as a mass or plural
 *       noun ("Thames Water", "Sri Lanka Cricket"; not after a title: "Senator Jane Roe"), or a
 *       compass word before another word ("Arriva North East"), or a brand's inner capital
 *       ("GeoSphere");
 *   <li>opens with an adjective of a place ("Saudi Aramco", "Red Cross") or an article of another
 *       language ("Der Spiegel", "Le Monde"; "Le", "La", "El" only in a name of two words, since they
 *       also open people's names);
 *   <li>follows a preposition ("a spokeswoman for the port authority in Antofagasta"), or "the"
 *       without a role noun between ("the local Red Cross"; but "the singer Anna Berg");
 *   <li>is a place that stands for a government ("North Korea", "Moscow"; see {@link Lexicon#PLACES}).
 * </ul>
 * What stands before the name, less its article, is the role ("Kremlin spokesman", "US Secretary
 * of State"); an honorific alone ("Mr") is no role, and a rank alone ("Colonel") is replaced by a
 * descriptive role from an apposition. A media or organisation noun right before the name gives the
 * kind instead ("the German newspaper Der Spiegel", "broadcaster NHK").
 *
 * <h2>Kinds without a name</h2>
 * An institution's own channel speaks for it: "the ministry’s website said" is the ministry. The
 * head of the phrase is its last lexicon word before the first inner preposition or postmodifier
 * ("two officials familiar with…" → "officials", "the official newspaper of…" → "newspaper", "a
 * statement from…" → "statement", "figures released by…" → "figures"; see {@link Phrases#coreEnd}).
 * Then:
 * <ul>
 *   <li>a media head or a known outlet in the core → {@link SourceKind#MEDIA_REPORT}; but "their
 *       paper", "a paper" is a study, a DOCUMENT;
 *   <li>a document head → {@link SourceKind#DOCUMENT}. Decision: "according to a statement from the
 *       finance ministry" is a DOCUMENT named "a statement from the finance ministry" with the issuer
 *       ("finance ministry") as its role: the statement is what an editor can find and verify, and
 *       the issuer is kept so the registry can match it. A trailing place ("in Athens") is not part
 *       of a document's or an organisation's name;
 *   <li>an organisation head → {@link SourceKind#ORGANIZATION}, unless a common noun follows it as
 *       the phrase's last word ("Opposition councillors" are people);
 *   <li>a person head, or for reporting verbs any common noun of the dictionary that no list has
 *       and that is not only a mass noun ("the coach", "neighbours"; see {@link WordClasses}) →
 *       {@link SourceKind#ANONYMOUS}: an unnamed person is anonymous, whether the phrase is
 *       indefinite ("an official", "two officials"), a bare plural ("officials"), a source noun
 *       ("sources") or definite ("the finance minister", "his lawyer"), which keeps the description
 *       as its role. Decision (the corpus's table; before, a definite description was a PERSON): the
 *       registry links a definite description to the person it stands for by hand. "the unit" after
 *       "the Athletics Integrity Unit" in the story is that organisation.
 * </ul>
 * A phrase with no lexicon word is a proper name: a country or capital ("Greece", "Moscow"), an
 * acronym ("the US"), anything after "the", or several capitalised words is an ORGANIZATION (an
 * outlet's name is MEDIA_REPORT). Decision: a single capitalised word is a person only as the surname
 * of someone the story names in full; otherwise it is an ORGANIZATION ("Codelco said", "Rovers
 * declined to comment"): news names people in full first, and companies, clubs and capitals alone.
 * Before, it was taken for a PERSON.
 *
 * <h2>Names as written</h2>
 * A source name is the text of the phrase as it stands, with a leading article, number or common
 * word put in lower case when it is capitalised only for opening the sentence ("An official at the
 * European Commission" → "an official at the European Commission", "Grid operators" → "grid
 * operators").
 */
final class Speakers {

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> DEFINITES =
            Set.of("the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your");
    private static final Set<String> ISSUER_PREPOSITIONS = Set.of("from", "by", "of");
    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "men", "women", "police", "media");
    private static final Pattern ANONYMITY = Pattern.compile(
            "anonymity|anonymously|unnamed|anonymous|not authori[sz]ed to (?:speak|discuss|comment|talk)"
                    + "|asked not to be (?:named|identified)|declined to be (?:named|identified)",
            Pattern.CASE_INSENSITIVE);

    private Speakers() {}

    /**
     * Who tokens {@code [from, to)} of the sentence name, or {@code null} if they name no one.
     *
     * @param blockText the text of the block the sentence is in
     * @param memory what the story has named so far (for surnames)
     */
    static Speaker classify(String blockText, Sentence s, int from, int to, StoryMemory memory) {
        return classify(blockText, s, from, to, memory, false);
    }

    /**
     * Who tokens {@code [from, to)} name; with {@code commonNouns}, a phrase whose head is a common noun
     * of the English dictionary and of no word list ("the coach", "neighbours") names a person too (see
     * the class comment). Reporting verbs ask this way: whoever "said" something is someone.
     */
    static Speaker classify(String blockText, Sentence s, int from, int to, StoryMemory memory, boolean commonNouns) {
        if (!Phrases.namesSomeone(s, from, to, commonNouns)) {
            return null;
        }
        Speaker owner = ownChannel(blockText, s, from, to, memory);
        if (owner != null) {
            return owner;
        }
        Speaker person = person(blockText, s, from, to, memory);
        int core = Phrases.coreEnd(s, from, to);
        if (person == null && core < to && s.token(core).is("of") && hasTitle(s, from, core)) {
            person = person(blockText, s, from, core, memory);
            person = person != null && person.named() ? person : null;
        }
        if (person != null) {
            return person;
        }
        String phrase = text(blockText, s, from, to);
        String lowerPhrase = phrase.toLowerCase(Locale.ROOT);
        String withoutArticle = lowerPhrase.startsWith("the ") ? lowerPhrase.substring(4) : lowerPhrase;
        if (Lexicon.MEDIA_NAMES.contains(withoutArticle)) {
            return new Speaker(name(blockText, s, from, to), SourceKind.MEDIA_REPORT, null, false, false);
        }
        int head = head(s, from, to);
        if (head < 0 && commonNouns) {
            int common = Phrases.commonHead(s, from, to);
            Token commonToken = common < 0 ? null : s.token(common);
            if (commonToken != null && commonToken.isCapitalised() && memory.isNameWord(commonToken.text())) {
                common = -1;
            }
            if (common >= 0) {
                return described(blockText, s, from, to, common, memory);
            }
        }
        if (head < 0) {
            return properName(blockText, s, from, to, memory);
        }
        int last = Phrases.coreEnd(s, from, to) - 1;
        if (commonNouns
                && last > head
                && !s.token(last).isCapitalised()
                && WordClasses.isCommonNoun(s.token(last).text())
                && !WordClasses.isMassNounOnly(s.token(last).text())) {
            return described(blockText, s, from, to, last, memory);
        }
        String headLower = s.token(head).lower();
        Token before = s.at(head - 1);
        String beforeLower = before == null || head == from ? null : before.lower();
        if (isStudy(s, from, head)) {
            return new Speaker(name(blockText, s, from, to), SourceKind.DOCUMENT, null, false, false);
        }
        if (Lexicon.isMedia(headLower, beforeLower) || hasMediaName(s, from, Phrases.coreEnd(s, from, to))) {
            return new Speaker(name(blockText, s, from, to), SourceKind.MEDIA_REPORT, null, false, false);
        }
        if (Lexicon.DOCUMENT_NOUNS.contains(headLower)) {
            int end = withoutTrailingPlace(s, from, to);
            return new Speaker(
                    name(blockText, s, from, end), SourceKind.DOCUMENT, issuer(blockText, s, head, end), false, false);
        }
        if (Lexicon.ORGANIZATION_NOUNS.contains(headLower)) {
            int end = withoutTrailingPlace(s, from, to);
            return new Speaker(name(blockText, s, from, end), SourceKind.ORGANIZATION, null, false, false);
        }
        return described(blockText, s, from, to, head, memory);
    }

    /**
     * A person described, not named, is ANONYMOUS (the corpus's table: "an unnamed person or
     * people"). A definite description ("the finance minister", "his lawyer") keeps the description
     * as its role, so the editor can find the person it stands for.
     */
    private static Speaker described(String blockText, Sentence s, int from, int to, int head, StoryMemory memory) {
        String name = name(blockText, s, from, to);
        String headWord = s.token(head).text();
        String asName = headWord.substring(0, 1).toUpperCase(Locale.ROOT) + headWord.substring(1);
        if (s.token(from).is("the")
                && head == Phrases.coreEnd(s, from, to) - 1
                && !headWord.equals(asName)
                && memory.isNameWord(asName)
                && !Lexicon.PERSON_NOUNS.contains(headWord.toLowerCase(Locale.ROOT))
                && !Lexicon.TITLES.contains(headWord.toLowerCase(Locale.ROOT))) {
            return new Speaker(name, SourceKind.ORGANIZATION, null, false, false);
        }
        if (head == from && s.token(from).isCapitalised() && Phrases.opensSentence(s, from)) {
            name = name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
        }
        if (isAnonymous(s, from, head)) {
            return new Speaker(name, SourceKind.ANONYMOUS, null, false, false);
        }
        int roleFrom = skipArticle(s, from, to);
        return new Speaker(name, SourceKind.ANONYMOUS, text(blockText, s, roleFrom, to), false, false);
    }

    /**
     * "the ministry’s website", "the company’s account on X": a channel of the speaker's own speaks for
     * its owner, who is the source (named by the words before the possessive); {@code null} when the
     * phrase is no such thing or the owner names no one. A newspaper's website stays a newspaper.
     */
    private static Speaker ownChannel(String blockText, Sentence s, int from, int to, StoryMemory memory) {
        int possessive = -1;
        for (int i = from + 1; i < to; i++) {
            if (s.token(i).isPossessive()) {
                possessive = i;
                break;
            }
        }
        if (possessive < 0 || possessive + 1 >= to) {
            return null;
        }
        int core = Phrases.coreEnd(s, possessive + 1, to);
        boolean channel = false;
        for (int i = possessive + 1; i < core; i++) {
            String lower = s.token(i).lower();
            boolean broadcast = i > possessive + 1
                    && Lexicon.MEDIA_NOUNS.contains(s.token(i - 1).lower());
            channel |= Lexicon.OWN_CHANNELS.contains(lower) && !broadcast;
        }
        if (!channel) {
            return null;
        }
        Speaker owner = classify(blockText, s, from, possessive, memory, false);
        return owner != null && owner.kind() != SourceKind.MEDIA_REPORT && owner.kind() != SourceKind.DOCUMENT
                ? owner
                : null;
    }

    /** A speaker named by an unresolved pronoun; see {@link StoryMemory#resolve}. */
    static Speaker unresolved(String pronoun) {
        return new Speaker(pronoun.toLowerCase(Locale.ROOT), SourceKind.ANONYMOUS, null, false, false);
    }

    /**
     * Two phrases in apposition ("A spokesman for the Eastern Military District, Colonel Alexander
     * Gordeev,"; "Dmitry Peskov, the Kremlin spokesman,"): the one with a person's name is the
     * speaker, and the other gives the role unless the name came with a descriptive role already.
     * Without a person's name on either side, the first phrase is the speaker, unless both are of one
     * kind and only the second is a proper name ("The weather service, TerraCast Austria,").
     */
    static Speaker apposition(
            String blockText,
            Sentence s,
            int firstFrom,
            int firstTo,
            int secondFrom,
            int secondTo,
            StoryMemory memory,
            boolean commonNouns) {
        Speaker first = classify(blockText, s, firstFrom, firstTo, memory, commonNouns);
        Speaker second = classify(blockText, s, secondFrom, secondTo, memory, commonNouns);
        if (second != null && second.named() && (first == null || !first.named())) {
            return withDescriptiveRole(second, blockText, s, firstFrom, firstTo);
        }
        if (first != null && first.named()) {
            return second == null ? first : withDescriptiveRole(first, blockText, s, secondFrom, secondTo);
        }
        if (first != null
                && second != null
                && first.kind() == second.kind()
                && !hasProperWord(s, firstFrom, firstTo)
                && hasProperWord(s, secondFrom, secondTo)) {
            return second;
        }
        return first != null ? first : second;
    }

    private static boolean hasProperWord(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Phrases.isProper(s, i)) {
                return true;
            }
        }
        return false;
    }

    private static Speaker withDescriptiveRole(Speaker person, String blockText, Sentence s, int from, int to) {
        if (person.role() != null && !person.rankOnly()) {
            return person;
        }
        int roleFrom = skipArticle(s, from, to);
        return roleFrom < to ? person.withRole(text(blockText, s, roleFrom, to)) : person;
    }

    private static Speaker person(String blockText, Sentence s, int from, int to, StoryMemory memory) {
        while (to - 3 >= from
                && s.token(to - 1).isAcronym()
                && isNameWord(s.token(to - 2))
                && !s.token(to - 2).isAcronym()
                && isNameWord(s.token(to - 3))
                && !s.token(to - 3).isAcronym()) {
            to--;
        }
        int runStart = to;
        for (int i = to - 1; i >= from; i--) {
            Token t = s.token(i);
            boolean particle = Lexicon.NAME_PARTICLES.contains(t.lower())
                    && !t.isCapitalised()
                    && i > from
                    && s.token(i - 1).isCapitalised()
                    && i + 1 < to;
            if ((isNameWord(t) && !t.is("The")) || particle) {
                runStart = i;
            } else {
                break;
            }
        }
        if (runStart == to) {
            return null;
        }
        int nameStart = runStart;
        boolean titled = false;
        if (to - runStart >= 3
                && Phrases.opensSentence(s, runStart)
                && WordClasses.isCommonNoun(s.token(runStart).text())) {
            nameStart = runStart + 1;
            titled = true;
        }
        for (int i = to - 1; i >= runStart; i--) {
            if (Lexicon.TITLES.contains(s.token(i).lower())) {
                nameStart = i + 1;
                titled = true;
                break;
            }
        }
        Token beforeRun = s.at(runStart - 1);
        if (!titled
                && runStart > from
                && beforeRun != null
                && (beforeRun.is("of") || beforeRun.is("for"))
                && hasTitle(s, from, runStart)) {
            nameStart = runStart + 1;
            titled = true;
        } else if (runStart > from && beforeRun != null && isPreposition(beforeRun)) {
            return null;
        }
        if (!titled && hasTitle(s, from, runStart)) {
            titled = true;
        }
        Token roleWord = nameStart > from ? s.token(nameStart - 1) : null;
        boolean described = roleWord != null && !roleWord.isCapitalised() && WordClasses.isRoleNoun(roleWord.text());
        if (nameStart >= to
                || s.at(nameStart - 1) != null
                        && nameStart > from
                        && s.token(nameStart - 1).is("the")
                || !titled && !described && s.token(from).is("the")) {
            return null;
        }
        if (to - nameStart > 1
                && WordClasses.isProperAdjective(s.token(nameStart).text())) {
            return null;
        }
        for (int i = nameStart; i < to; i++) {
            if (!couldBeInPersonName(s, i, i > nameStart && !titled)
                    || i + 1 < to && Lexicon.COMPASS_WORDS.contains(s.token(i).lower())) {
                return null;
            }
        }
        String name = text(blockText, s, nameStart, to);
        String lowerName = name.toLowerCase(Locale.ROOT);
        if (Lexicon.PLACES.contains(lowerName)
                || Lexicon.KNOWN_ORGANIZATIONS.contains(lowerName)
                || isGoverningBody(s, nameStart, to)
                || Lexicon.FOREIGN_ARTICLES.contains(s.token(nameStart).text())
                || Lexicon.AMBIGUOUS_FOREIGN_ARTICLES.contains(
                                s.token(nameStart).text())
                        && to - nameStart == 2) {
            return null;
        }
        Token kindWord = nameStart > from ? s.token(nameStart - 1) : null;
        if (kindWord != null && !titled) {
            String lower = kindWord.lower();
            Token beforeKind = s.at(nameStart - 2);
            if (Lexicon.isMedia(lower, beforeKind == null ? null : beforeKind.lower())) {
                return new Speaker(name, SourceKind.MEDIA_REPORT, null, false, false);
            }
            if (Lexicon.ORGANIZATION_NOUNS.contains(lower)) {
                return new Speaker(name, SourceKind.ORGANIZATION, null, false, false);
            }
        }
        int words = to - nameStart;
        Speaker known = words == 1 ? memory.person(name) : null;
        if (known != null) {
            return known;
        }
        if (words == 1 && !titled) {
            return null;
        }
        int roleFrom = skipArticle(s, from, nameStart);
        String role = roleFrom < nameStart ? text(blockText, s, roleFrom, nameStart) : null;
        boolean honorificOnly = true;
        boolean rankOnly = true;
        for (int i = roleFrom; i < nameStart; i++) {
            String lower = s.token(i).lower();
            honorificOnly &= Lexicon.HONORIFICS.contains(lower);
            rankOnly &= Lexicon.RANKS.contains(lower) || Lexicon.HONORIFICS.contains(lower);
        }
        if (role != null && honorificOnly) {
            role = null;
        }
        return new Speaker(name, SourceKind.PERSON, role, true, role == null || rankOnly);
    }

    /**
     * A word that can stand in a run of name words: capitalised ("Maria", "al-Hamdani"), and not a
     * compound adjective ("Hamburg-based", "Kremlin-backed").
     */
    static boolean isNameWord(Token t) {
        if (!t.isWord() || !t.isCapitalised()) {
            return false;
        }
        if (isCamelCase(t.text())) {
            return true;
        }
        int hyphen = t.text().lastIndexOf('-');
        return hyphen < 0
                || hyphen + 1 >= t.text().length()
                || !Character.isLowerCase(t.text().charAt(hyphen + 1));
    }

    /**
     * A capital inside a word after a small letter ("GeoSphere", "PayPal"), as brands write
     * themselves; "McDonald", "DeSantis", "MacArthur", "LeBlanc" and the like are people's.
     */
    static boolean isCamelCase(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))) {
                String prefix = word.substring(0, i).toLowerCase(Locale.ROOT);
                return !Set.of("mc", "mac", "de", "di", "da", "le", "la", "van", "von", "du", "del", "fitz")
                        .contains(prefix);
            }
        }
        return false;
    }

    /**
     * Whether the token at {@code i} can be part of a person's name: no lexicon word, outlet, date,
     * acronym or word capitalised only for opening the sentence; and, with {@code massNounsCount},
     * no word the dictionary knows only as a mass or plural common noun ("Thames Water", "Sri Lanka
     * Cricket", "Noordzee Tanker Management" are organisations). Callers leave a name's first word
     * out of that check (a first name may be a common word: "Blessing", "Patience") and a name after
     * a title ("Senator Jane Roe").
     */
    static boolean couldBeInPersonName(Sentence s, int i, boolean massNounsCount) {
        Token t = s.token(i);
        String lower = t.lower();
        boolean particle = Lexicon.NAME_PARTICLES.contains(lower)
                && !t.isCapitalised()
                && i > 0
                && s.token(i - 1).isCapitalised()
                && s.at(i + 1) != null
                && s.token(i + 1).isCapitalised();
        if (particle) {
            return true;
        }
        if (Lexicon.ORGANIZATION_NOUNS.contains(lower)
                || Lexicon.MEDIA_NOUNS.contains(lower)
                || Lexicon.DOCUMENT_NOUNS.contains(lower)
                || Lexicon.PERSON_NOUNS.contains(lower)
                || Lexicon.MEDIA_NAMES.contains(lower)
                || Lexicon.isTimeWord(lower)
                || t.isAcronym()
                || !Phrases.isProper(s, i)
                || isCamelCase(t.text())) {
            return false;
        }
        return !massNounsCount || !WordClasses.isMassOrPluralNoun(t.text());
    }

    private static boolean isPreposition(Token t) {
        String lower = t.lower();
        return Lexicon.INNER_PREPOSITIONS.contains(lower) || Lexicon.OUTER_PREPOSITIONS.contains(lower);
    }

    private static Speaker properName(String blockText, Sentence s, int from, int to, StoryMemory memory) {
        int first = skipArticle(s, from, to);
        boolean definite = first > from;
        if (first >= to) {
            return null;
        }
        String bare = text(blockText, s, first, to);
        boolean proper = false;
        boolean acronym = false;
        for (int i = first; i < to; i++) {
            proper |= Phrases.isProper(s, i);
            acronym |= s.token(i).isAcronym();
        }
        if (!proper) {
            return null;
        }
        if (to - first == 1 && !definite && !acronym) {
            Speaker known = memory.person(bare);
            if (known != null) {
                return known;
            }
        }
        int end = withoutTrailingPlace(s, from, to);
        return new Speaker(name(blockText, s, from, end), SourceKind.ORGANIZATION, null, false, false);
    }

    /**
     * "their paper", "a paper published in…": a paper that is not "the paper" is a study, a
     * document; "the paper reported" is a newspaper.
     */
    private static boolean isStudy(Sentence s, int from, int head) {
        String headLower = s.token(head).lower();
        if (!headLower.equals("paper") && !headLower.equals("papers")) {
            return false;
        }
        String first = s.token(from).lower();
        return !first.equals("the")
                && (head == from + 1 || head == from)
                && !Lexicon.PLACES.contains(first)
                && (DEFINITES.contains(first)
                        || Lexicon.INDEFINITES.contains(first)
                        || first.equals("a")
                        || first.equals("an"));
    }

    private static boolean hasMediaName(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Lexicon.MEDIA_NAMES.contains(s.token(i).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTitle(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Lexicon.TITLES.contains(s.token(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last lexicon word of the phrase's core, before the first inner preposition or
     * postmodifier ({@link Phrases#coreEnd}); -1 if none.
     */
    private static int head(Sentence s, int from, int to) {
        int coreEnd = Phrases.coreEnd(s, from, to);
        for (int i = coreEnd - 1; i >= from; i--) {
            String lower = s.token(i).lower();
            String before = i > from ? s.token(i - 1).lower() : null;
            if (Lexicon.isNoun(lower) && !Lexicon.FOOTAGE_NOUNS.contains(lower) || Lexicon.isMedia(lower, before)) {
                boolean afterBody =
                        Lexicon.TITLES.contains(lower) && before != null && Lexicon.ORGANIZATION_NOUNS.contains(before);
                return afterBody ? i - 1 : i;
            }
        }
        return -1;
    }

    private static boolean isAnonymous(Sentence s, int from, int head) {
        String first = s.token(from).lower();
        Token headToken = s.token(head);
        String headLower = headToken.lower();
        if (Lexicon.ANONYMOUS_NOUNS.contains(headLower)
                || ANONYMITY.matcher(s.text()).find()) {
            return true;
        }
        if (Lexicon.INDEFINITES.contains(first) || Lexicon.isNumber(first)) {
            return true;
        }
        boolean plural = headLower.endsWith("s")
                || IRREGULAR_PLURALS.contains(headLower)
                || !Lexicon.isNoun(headLower) && WordClasses.isPluralNoun(headToken.text());
        return plural && !DEFINITES.contains(first);
    }

    /**
     * "Cycling Australia", "Swimming Canada", "Tennis Australia": a common noun (a sport, a field) before a country
     * names a national body, not a person ("Grace Jordan" is a person: "Grace" is also a name).
     */
    private static boolean isGoverningBody(Sentence s, int nameStart, int to) {
        return to - nameStart == 2
                && Lexicon.PLACES.contains(s.token(nameStart + 1).lower())
                && WordClasses.isCommonNoun(s.token(nameStart).text());
    }

    /** The issuer of a document: what follows "from", "by" or "of" after its head, less the article. */
    private static String issuer(String blockText, Sentence s, int head, int to) {
        for (int i = head + 1; i < to; i++) {
            if (ISSUER_PREPOSITIONS.contains(s.token(i).lower())) {
                int from = skipArticle(s, i + 1, to);
                return from < to ? text(blockText, s, from, to) : null;
            }
        }
        return null;
    }

    /** {@code to}, less a trailing "in" and the capitalised words after it. */
    private static int withoutTrailingPlace(Sentence s, int from, int to) {
        int i = to - 1;
        while (i > from && s.token(i).isCapitalised()) {
            i--;
        }
        return i > from && i < to - 1 && s.token(i).is("in") ? i : to;
    }

    private static int skipArticle(Sentence s, int from, int to) {
        return from < to && ARTICLES.contains(s.token(from).lower()) ? from + 1 : from;
    }

    /** The text of tokens {@code [from, to)}, with an opener put in lower case (see the class comment). */
    static String name(String blockText, Sentence s, int from, int to) {
        String text = text(blockText, s, from, to);
        Token first = s.token(from);
        String lower = first.lower();
        boolean common = Lexicon.COMMON_OPENERS.contains(lower)
                || Lexicon.INDEFINITES.contains(lower)
                || Lexicon.isNoun(lower)
                || to - from > 1
                        && Phrases.opensSentence(s, from)
                        && !Phrases.continuesName(s, from, to)
                        && WordClasses.isCommonNoun(first.text());
        if (first.isCapitalised() && common && !first.isAcronym()) {
            return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
        }
        return text;
    }

    static String text(String blockText, Sentence s, int from, int to) {
        return blockText.substring(s.token(from).start(), s.token(to - 1).end());
    }
}
