package org.copydesk.engine.detection;

import java.util.List;

/**
 * One sentence of a block, as LanguageTool's sentence tokenizer cut it.
 *
 * @param start offset of its first non-blank character in the block's text
 * @param end offset just past its last non-blank character
 * @param text the sentence, trimmed ({@code blockText.substring(start, end)})
 * @param tokens its words and punctuation, in order, with offsets into the block's text
 */
record Sentence(int start, int end, String text, List<Token> tokens) {

    Sentence {
        tokens = List.copyOf(tokens);
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    /** The token at {@code i}, or {@code null} when {@code i} is outside the sentence. */
    Token at(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }
}
