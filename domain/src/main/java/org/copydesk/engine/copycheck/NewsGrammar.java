package org.copydesk.engine.copycheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.languagetool.Language;
import org.languagetool.rules.patterns.AbstractPatternRule;
import org.languagetool.rules.patterns.PatternRuleLoader;

/**
 * Copydesk's own grammar rules, for slips stock LanguageTool misses: LanguageTool pattern rules in
 * the class-path resource {@value #RESOURCE}, with filters of ours for what a pattern cannot say
 * ({@link AtLeastFilter}, {@link NationalityArticleFilter}, {@link PluralModifierFilter}).
 * <ul>
 *   <li>{@value #AT_LEAST_SINGULAR}: "at least military helicopter" → "at least one military
 *       helicopter";
 *   <li>{@value #NATIONALITY_ARTICLE}: "shows Russian a military helicopter" → "shows a Russian
 *       military helicopter" (a/an chosen for the adjective);
 *   <li>{@value #PLURAL_MODIFIER}: "army combat vehicles movements" → "army combat vehicle
 *       movements".
 * </ul>
 * They work on LanguageTool's part-of-speech tags, disambiguation and chunks, its dictionary and its
 * a/an data, the gazetteer and a list of concrete nouns derived from WordNet; none of them names a
 * word of a particular story. Each has one suggestion, the corrected span. What they leave alone on
 * purpose and how often they fire on correct English is in docs/copydesk.md ("Grammar rules of our
 * own").
 */
final class NewsGrammar {

    /** The class-path resource the rules are read from. */
    static final String RESOURCE = "/copycheck/news-grammar.xml";

    static final String AT_LEAST_SINGULAR = "COPYDESK_AT_LEAST_SINGULAR";
    static final String NATIONALITY_ARTICLE = "COPYDESK_NATIONALITY_ARTICLE";
    static final String PLURAL_MODIFIER = "COPYDESK_PLURAL_MODIFIER";

    /** The ids of the rules, one per rule (a rule group counts once). */
    static final Set<String> IDS = Set.of(AT_LEAST_SINGULAR, NATIONALITY_ARTICLE, PLURAL_MODIFIER);

    private NewsGrammar() {}

    /**
     * Reads the rules anew: each LanguageTool instance gets its own rule objects, as LanguageTool's
     * own rule loading does. Reading takes a few milliseconds.
     */
    static List<AbstractPatternRule> rules(Language language) {
        try (InputStream in = NewsGrammar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The grammar rules " + RESOURCE + " are not on the class path.");
            }
            return new PatternRuleLoader().getRules(in, RESOURCE, language);
        } catch (IOException e) {
            throw new UncheckedIOException("The grammar rules " + RESOURCE + " cannot be read.", e);
        }
    }
}
