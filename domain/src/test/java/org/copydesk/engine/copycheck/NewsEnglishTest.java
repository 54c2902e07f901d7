package org.copydesk.engine.copycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.SuggestedReplacement;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * NewsEnglish defers the speller's suggestions; a check through it must answer exactly what LanguageTool's own
 * en-US answers: the same matches, at the same places, with the same suggestions in the same order.
 */
class NewsEnglishTest {

    private static JLanguageTool stock;
    private static JLanguageTool deferred;

    @BeforeAll
    static void languageTools() {
        stock = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
        NewsRules.apply(stock);
        deferred = new JLanguageTool(NewsEnglish.INSTANCE);
        NewsRules.apply(deferred);
    }

    /**
     * Texts where matches touch and where they do not. The last three are LanguageTool examples where the overlap
     * filter drops one of two touching matches because of their suggestions ("it," and ", thanks"): of its 9,858
     * incorrect English examples, the seven where suggestions withheld from every match would change the result.
     * Over all 9,858 the deferred check answered exactly as LanguageTool's own.
     */
    private static final List<String> OWN_TEXTS = List.of(
            "Kremlin spokesman Dmitry Peskov said Mr Gordeev had left.",
            "Teh teh report was publshed on Tuesday.",
            "He dont know whether it it will rain ,she said.",
            "The the minister, Ms Okonkwo-Barrie,said she wouldnt resign.",
            "They recieved thier tickets , and and left for Wrexham.",
            "At least military helicopter was seen; army combat vehicles movements followed.",
            "Its a reccord harvest for Robusta growers in Đắk Lắk province.",
            "Mr. Ntuli's aide adn the Ngcobo family cooperated.",
            "Got it thanks.",
            "If I can't we'll record a short Zoom meeting.",
            "It very much like people who were opposed to Hilary Clinton as president being labeled misogynists.");

    @Test
    void aCheckThroughItAnswersWhatLanguageToolAnswers() throws Exception {
        List<String> texts = new ArrayList<>(OWN_TEXTS);
        texts.addAll(incorrectExamples(100));
        int matches = 0;
        for (String text : texts) {
            List<String> expected = described(stock.check(text));
            List<String> actual = described(NewsEnglish.check(deferred, text));
            assertEquals(expected, actual, text);
            matches += actual.size();
        }
        assertTrue(texts.size() > 90 && matches > 90, texts.size() + " texts, " + matches + " matches");
    }

    @Test
    void suggestionsAreComputedOnlyWhenRead() throws Exception {
        // A match that touches no other: its suggestions are withheld during the check and real after it.
        AtomicInteger computed = new AtomicInteger();
        RuleMatch match = stock.check("Their tickets were recieved on Monday.").get(0);
        RuleMatch lazy = new NewsEnglish.Deferred(match, false, () -> {
            computed.incrementAndGet();
            return match.getSuggestedReplacementObjects();
        });
        assertEquals(0, computed.get());
        assertEquals("received", lazy.getSuggestedReplacements().get(0));
        assertEquals(1, computed.get());
        lazy.getSuggestedReplacementObjects();
        assertEquals(1, computed.get(), "computed once");
    }

    @Test
    void matchesThatTouchAreTold() {
        org.languagetool.rules.Rule rule = stock.getAllActiveRules().get(0);
        RuleMatch first = new RuleMatch(rule, null, 0, 3, "first");
        RuleMatch adjoining = new RuleMatch(rule, null, 3, 5, "adjoining");
        RuleMatch afterASpace = new RuleMatch(rule, null, 4, 6, "after a space");
        RuleMatch apart = new RuleMatch(rule, null, 5, 8, "apart");
        assertTrue(NewsEnglish.touchesAnother(first, List.of(first, adjoining)));
        assertTrue(NewsEnglish.touchesAnother(adjoining, List.of(first, adjoining)));
        assertTrue(NewsEnglish.touchesAnother(afterASpace, List.of(first, afterASpace)));
        assertFalse(NewsEnglish.touchesAnother(apart, List.of(first, apart)));
        assertFalse(NewsEnglish.touchesAnother(first, List.of(first)));
    }

    @Test
    void englishRewritingOfSuggestionsIsKept() throws Exception {
        // English's filter joins "n't" to the word before: "dont" becomes "don't", not "do n't"
        List<RuleMatch> dont = NewsEnglish.check(deferred, "He dont know.");
        assertEquals(described(stock.check("He dont know.")), described(dont));
        assertTrue(dont.stream().allMatch(m -> m instanceof NewsEnglish.Deferred), dont::toString);
        assertTrue(dont.stream().anyMatch(m -> m.getSuggestedReplacements().contains("don't")), dont::toString);
    }

    private static List<String> described(List<RuleMatch> matches) {
        List<String> described = new ArrayList<>();
        for (RuleMatch match : matches) {
            described.add(match.getRule().getId() + " " + match.getFromPos() + "-" + match.getToPos() + " "
                    + match.getSuggestedReplacementObjects().stream()
                            .map(SuggestedReplacement::getReplacement)
                            .toList());
        }
        return described;
    }

    /** Every n-th incorrect example sentence of LanguageTool's English grammar.xml. */
    private static List<String> incorrectExamples(int every) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setAttribute("jdk.xml.entityExpansionLimit", "0");
        factory.setAttribute("jdk.xml.totalEntitySizeLimit", "0");
        factory.setExpandEntityReferences(true);
        List<String> sentences = new ArrayList<>();
        try (InputStream in = JLanguageTool.class.getResourceAsStream("/org/languagetool/rules/en/grammar.xml")) {
            NodeList examples = factory.newDocumentBuilder().parse(in).getElementsByTagName("example");
            int incorrect = 0;
            for (int i = 0; i < examples.getLength(); i++) {
                Element example = (Element) examples.item(i);
                if ((example.hasAttribute("correction") || "incorrect".equals(example.getAttribute("type")))
                        && incorrect++ % every == 0) {
                    sentences.add(example.getTextContent().strip().replaceAll("\\s+", " "));
                }
            }
        }
        return sentences;
    }
}
