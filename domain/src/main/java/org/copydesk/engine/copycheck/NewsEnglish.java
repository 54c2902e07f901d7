package org.copydesk.engine.copycheck;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.languagetool.JLanguageTool;
import org.languagetool.language.AmericanEnglish;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.SuggestedReplacement;

/**
 * LanguageTool's American English with the speller's suggestions computed only for the matches the copy check
 * keeps.
 *
 * <p>For a word it does not know, the speller searches its dictionary for near spellings, and for a long word that
 * search is the costliest step of a check: on the seed story, two names (Gordeev, Peskov) took about a quarter of
 * the time of the whole check. LanguageTool makes those suggestions lazy, but two of its filters read them at once
 * for every match: English's match filter ({@link #filterRuleMatches}), which joins a suggestion that starts with
 * an apostrophe or "n't" to the word before it, and the filter that cleans overlapping matches, which looks at the
 * suggestions of two matches that touch (one ends where the next begins, or a space before it) to merge them.
 * Most of the words concerned in news copy are names that the copy check excuses afterwards without ever showing a
 * suggestion. Here:
 *
 * <ul>
 *   <li>English's rewriting of a match's suggestions is done when they are first read, by the same code (English's
 *       filter on that one match);
 *   <li>during a check made through {@link #check}, a match that touches no other match answers an empty list of
 *       suggestions: the overlap filter's merging of touching matches cannot apply to it, whatever its
 *       suggestions, so its result is the same. After the check, every match answers its real suggestions.
 * </ul>
 *
 * Reading a suggestion later, from another thread, is what LanguageTool's lazy speller suggestions are made for:
 * the speller builds its search state per call on the shared, immutable dictionary.
 */
final class NewsEnglish extends AmericanEnglish {

    /** One for the JVM: a language holds its tagger, tokenizers and rule files, loaded once. */
    static final NewsEnglish INSTANCE = new NewsEnglish();

    /** Whether this thread is inside {@link #check}. */
    private static final ThreadLocal<Boolean> CHECKING = new ThreadLocal<>();

    private NewsEnglish() {
        // LanguageTool's constructor for a language that is not the registered en-US instance
        super(true);
    }

    /** The language tool's check of the text, with suggestions deferred as described above. */
    static List<RuleMatch> check(JLanguageTool languageTool, String text) throws IOException {
        CHECKING.set(Boolean.TRUE);
        try {
            return languageTool.check(text);
        } finally {
            CHECKING.remove();
        }
    }

    @Override
    public List<RuleMatch> filterRuleMatches(List<RuleMatch> matches, AnnotatedText text, Set<String> enabledRules) {
        List<RuleMatch> deferred = new ArrayList<>(matches.size());
        for (RuleMatch match : matches) {
            deferred.add(new Deferred(match, touchesAnother(match, matches), () -> super.filterRuleMatches(
                            List.of(match), text, enabledRules)
                    .get(0)
                    .getSuggestedReplacementObjects()));
        }
        return deferred;
    }

    /** Whether another match ends where this one starts (or a character before), or starts where it ends. */
    static boolean touchesAnother(RuleMatch match, List<RuleMatch> matches) {
        for (RuleMatch other : matches) {
            if (other != match
                    && (near(other.getToPos(), match.getFromPos()) || near(match.getToPos(), other.getFromPos()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean near(int end, int start) {
        return start == end || start == end + 1;
    }

    /** A match whose suggestions are computed when read, and read as none inside a check if it touches no other. */
    static final class Deferred extends RuleMatch {

        private final boolean touching;

        Deferred(RuleMatch match, boolean touching, java.util.function.Supplier<List<SuggestedReplacement>> real) {
            super(match);
            this.touching = touching;
            setLazySuggestedReplacements(real);
        }

        private boolean withheld() {
            return !touching && CHECKING.get() != null;
        }

        @Override
        public List<String> getSuggestedReplacements() {
            return withheld() ? List.of() : super.getSuggestedReplacements();
        }

        @Override
        public List<SuggestedReplacement> getSuggestedReplacementObjects() {
            return withheld() ? List.of() : super.getSuggestedReplacementObjects();
        }
    }
}
