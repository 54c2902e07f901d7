package org.copydesk.engine.copycheck;

import java.util.List;
import java.util.Map;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.en.AvsAnRule;
import org.languagetool.rules.patterns.RuleFilter;

/**
 * The filter of {@code COPYDESK_NATIONALITY_ARTICLE} ({@link NewsGrammar}): keeps a match only when
 * the capitalised word before "a"/"an" is a nationality or regional adjective ({@link Nationalities},
 * from the shipped gazetteer and LanguageTool's dictionary), and makes its one suggestion: the article
 * moved before the adjective, "a" or "an" as the adjective asks ("an Italian", "a European",
 * "a Ukrainian", "an Iraqi"), decided by LanguageTool's own a/an data ({@link AvsAnRule}).
 *
 * <p>Public, with a public constructor, only because LanguageTool creates filters by reflection from
 * the class name in the rule file. Thread-safe: it keeps nothing per match.
 */
public final class NationalityArticleFilter extends RuleFilter {

    public NationalityArticleFilter() {}

    @Override
    public RuleMatch acceptRuleMatch(
            RuleMatch match,
            Map<String, String> arguments,
            int patternTokenPos,
            AnalyzedTokenReadings[] patternTokens,
            List<Integer> tokenPositions) {
        String adjective = getRequired("adjective", arguments);
        String article = getRequired("article", arguments);
        if (!Shared.NATIONALITIES.contains(adjective)) {
            return null;
        }
        match.setSuggestedReplacement(article(adjective, article) + " " + adjective);
        return match;
    }

    /** "a" or "an" for the word, as LanguageTool's a/an rule decides; the given article if it cannot tell. */
    static String article(String word, String given) {
        String withArticle = Shared.A_VS_AN.suggestAorAn(word);
        int space = withArticle.indexOf(' ');
        return space > 0 ? withArticle.substring(0, space) : given;
    }

    /** Built once, on first use: the tagger's dictionary and the a/an data are LanguageTool's, read-only. */
    private static final class Shared {
        static final Language ENGLISH = Languages.getLanguageForShortCode("en-US");
        static final Nationalities NATIONALITIES = new Nationalities(ENGLISH.getTagger(), Gazetteer.shipped());
        static final AvsAnRule A_VS_AN = new AvsAnRule(JLanguageTool.getMessageBundle(ENGLISH));
    }
}
