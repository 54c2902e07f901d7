package org.copydesk.engine.copycheck;

import java.util.List;
import java.util.Set;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.Rule;

/**
 * Which LanguageTool (en-US, default level) rules the copy check runs on news copy, and why.
 *
 * <p>Kept: spelling ({@code MORFOLOGIK_RULE_EN_US}, which also marks British spellings in
 * American copy), grammar, confused words, collocations, compounding, casing, punctuation, the
 * "a"/"an" and repeated-word rules, date and number sanity ({@code SEMANTICS}: a weekday that does
 * not match its date is a real error in news), non-standard phrases, and two typography rules
 * that catch keying slips the reader sees: {@code COMMA_PARENTHESIS_WHITESPACE} ("time , analysts")
 * and {@code SENTENCE_WHITESPACE} ("said.The").
 *
 * <p>Switched off, because for edited news copy they are noise or somebody else's decision:
 * <ul>
 *   <li>Categories {@code STYLE}, {@code REDUNDANCY}, {@code PLAIN_ENGLISH},
 *       {@code REPETITIONS_STYLE}, {@code TON_ACADEMIC}, {@code CREATIVE_WRITING},
 *       {@code WIKIPEDIA}, {@code TEXT_ANALYSIS}, {@code AMERICAN_ENGLISH_STYLE},
 *       {@code BRITISH_ENGLISH}: wordiness, passive voice ({@code PASSIVE_VOICE_SIMPLE}), sentence
 *       length ({@code TOO_LONG_SENTENCE}), serial commas, metric conversions, regional idiom and
 *       tone are matters of the house style guide and the copy editor's judgement, and they would
 *       "correct" direct quotations, which must stay verbatim.
 *   <li>Category {@code TYPOGRAPHY} except the two rules above: smart quotes ({@code EN_QUOTES}),
 *       apostrophes, dashes ({@code EN_DASH_RULE}), ellipses, multiplication signs, arrows and the
 *       like are set by the publishing templates, and whitespace ({@code WHITESPACE_RULE},
 *       {@code CONSECUTIVE_SPACES}) is normalised when a story is imported and when its blocks are
 *       joined for checking. The seed itself mixes curly and straight quotes.
 *   <li>{@code DASH_RULE}, {@code HYPHEN_TO_EN}, {@code TWO_HYPHENS}: dash typography again.
 *   <li>{@code PUNCTUATION_PARAGRAPH_END}: headlines, subheadings and photo captions end without a
 *       full stop by design.
 *   <li>{@code EN_UNPAIRED_QUOTES}: a quotation that runs over several paragraphs opens every
 *       paragraph with a quotation mark and closes only the last, as news style asks; the rule
 *       reports every such paragraph. The price: a quotation mark left unclosed by mistake, or
 *       closed with the wrong mark, is not reported either.
 *   <li>{@code EN_WORD_COHERENCY}: it reports the second of two accepted spellings
 *       ("toward"/"towards") as an error; both are correct, consistency is the style guide's call.
 *   <li>{@code REP_PASSIVE_VOICE}, {@code REP_THANK_YOU_FOR}: style statistics.
 *   <li>{@code EN_DIACRITICS_REPLACE_ORTHOGRAPHY}: it asks for "café", "naïve", "résumé"; news
 *       styles such as AP drop those accents.
 *   <li>{@code COMMA_COMPOUND_SENTENCE}, {@code COMMA_COMPOUND_SENTENCE_2},
 *       {@code MISSING_COMMA_AFTER_INTRODUCTORY_PHRASE}: a comma before the conjunction of two short
 *       clauses ("The days were fair and the winds were favorable") and after a short introductory
 *       phrase ("In England they call it a milliard", "On Monday the ministry said") may be left out,
 *       as AP style says where no ambiguity results; on 6,000 WordNet example sentences these were 19 of
 *       the check's 80 findings other than spelling, none of them an error.
 * </ul>
 * Besides, in display type (the headline and subheadings, see {@link Passage#displayType()})
 * {@code UPPERCASE_SENTENCE_START} is ignored: a headline may start with a figure or a lower-case
 * brand; so are {@code DETERMINER_GEOGRAPHICAL_WORD} and {@code WORRY_FOR}, which take a noun without its
 * article for a verb or a bare name ("Hamstring worry for captain" is a worry, not somebody worrying), and
 * headlines drop articles by design.
 *
 * <p>Added: Copydesk's own grammar rules ({@link NewsGrammar}: "at least" without "one", a
 * nationality adjective after its article, a plural noun used as a modifier), for slips stock
 * LanguageTool misses.
 *
 * <p>Text-level rules that remain ({@code UPPERCASE_SENTENCE_START}, {@code SENTENCE_WHITESPACE},
 * {@code EN_UNPAIRED_BRACKETS}) are cheap; rules that need n-gram data, word embeddings or a remote
 * server are never activated.
 */
final class NewsRules {

    static final Set<String> DISABLED_CATEGORIES = Set.of(
            "STYLE",
            "REDUNDANCY",
            "PLAIN_ENGLISH",
            "REPETITIONS_STYLE",
            "TON_ACADEMIC",
            "CREATIVE_WRITING",
            "WIKIPEDIA",
            "TEXT_ANALYSIS",
            "AMERICAN_ENGLISH_STYLE",
            "BRITISH_ENGLISH");

    static final String TYPOGRAPHY = "TYPOGRAPHY";

    static final Set<String> KEPT_TYPOGRAPHY = Set.of("COMMA_PARENTHESIS_WHITESPACE", "SENTENCE_WHITESPACE");

    static final Set<String> DISABLED_RULES = Set.of(
            "DASH_RULE",
            "HYPHEN_TO_EN",
            "TWO_HYPHENS",
            "PUNCTUATION_PARAGRAPH_END",
            "EN_UNPAIRED_QUOTES",
            "EN_WORD_COHERENCY",
            "REP_PASSIVE_VOICE",
            "REP_THANK_YOU_FOR",
            "EN_DIACRITICS_REPLACE_ORTHOGRAPHY",
            "ANY_MORE",
            "COMMA_COMPOUND_SENTENCE",
            "COMMA_COMPOUND_SENTENCE_2",
            "MISSING_COMMA_AFTER_INTRODUCTORY_PHRASE",
            "POSSESSIVE_APOSTROPHE",
            "EN_MULTITOKEN_SPELLING_TWO",
            "EN_MULTITOKEN_SPELLING_THREE",
            "EN_MULTITOKEN_SPELLING_FOUR",
            "EN_SPECIFIC_CASE");

    static final Set<String> IGNORED_IN_DISPLAY_TYPE =
            Set.of("UPPERCASE_SENTENCE_START", "DETERMINER_GEOGRAPHICAL_WORD", "WORRY_FOR");

    private NewsRules() {}

    static void apply(JLanguageTool languageTool) {
        for (String category : DISABLED_CATEGORIES) {
            languageTool.disableCategory(new CategoryId(category));
        }
        for (Rule rule : languageTool.getAllRules()) {
            if (TYPOGRAPHY.equals(rule.getCategory().getId().toString()) && !KEPT_TYPOGRAPHY.contains(rule.getId())) {
                languageTool.disableRule(rule.getId());
            }
        }
        languageTool.disableRules(List.copyOf(DISABLED_RULES));
        for (Rule rule : NewsGrammar.rules(languageTool.getLanguage())) {
            languageTool.addRule(rule);
        }
    }
}
