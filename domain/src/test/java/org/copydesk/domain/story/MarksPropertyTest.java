package org.copydesk.domain.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Marks follow their words through any sequence of edits of other words: after every edit each mark lies
 * inside the text, covers words, and a marked word nobody touched is still marked, exactly.
 */
class MarksPropertyTest {

    /** One edit of a body of distinct words: replace, insert before, or delete the word at {@code at}. */
    record Edit(int kind, int at, String word) {}

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Edit> edit = Combinators.combine(
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 1_000),
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8))
                .as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 300)
    void markedWordsNobodyTouchedStayMarked(
            @ForAll("edits") List<Edit> edits, @ForAll int boldPick, @ForAll int linkPick) {
        List<String> words = new ArrayList<>(List.of(
                "Local", "media", "reported,", "that", "Chine", "mobilizes", "forces", "too", "near", "Pyongyang."));
        int boldWord = Math.floorMod(boldPick, words.size());
        int linkWord = Math.floorMod(linkPick, words.size());
        String text = String.join(" ", words);
        List<Mark> marks = Marks.checked(
                text, List.of(span(words, boldWord, null), span(words, linkWord, "https://example.org/" + linkWord)));
        String boldText = words.get(boldWord);
        String linkText = words.get(linkWord);
        int n = 0;
        for (Edit e : edits) {
            int at = Math.floorMod(e.at(), words.size());
            String fresh = "x" + e.word() + n++; // never one of the words already there
            if (at == boldWord || at == linkWord) {
                continue;
            }
            switch (e.kind()) {
                case 0 -> words.set(at, fresh);
                case 1 -> {
                    words.add(at, fresh);
                    boldWord += at <= boldWord ? 1 : 0;
                    linkWord += at <= linkWord ? 1 : 0;
                }
                default -> {
                    if (words.size() > 2) {
                        words.remove(at);
                        boldWord -= at < boldWord ? 1 : 0;
                        linkWord -= at < linkWord ? 1 : 0;
                    }
                }
            }
            String edited = String.join(" ", words);
            marks = Marks.follow(text, edited, marks);
            text = edited;
            for (Mark m : marks) {
                assertTrue(
                        m.end() <= text.length()
                                && !text.substring(m.start(), m.end()).isBlank(),
                        m + " in " + text);
            }
            assertEquals(boldText, marked(text, marks, MarkType.BOLD), text);
            assertEquals(linkText, marked(text, marks, MarkType.LINK), text);
        }
    }

    private static Mark span(List<String> words, int index, String href) {
        int start = 0;
        for (int i = 0; i < index; i++) {
            start += words.get(i).length() + 1;
        }
        int end = start + words.get(index).length();
        return href == null ? Mark.bold(start, end) : Mark.link(start, end, href);
    }

    private static String marked(String text, List<Mark> marks, MarkType type) {
        return marks.stream()
                .filter(m -> m.type() == type)
                .map(m -> text.substring(m.start(), m.end()))
                .findFirst()
                .orElse("(none)");
    }
}
