package org.copydesk.engine.copycheck;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.story.BlockType;

/**
 * A piece of a story that is checked on its own terms: the headline or one body block.
 *
 * @param key the block key, or {@link Finding#HEADLINE_KEY}
 * @param index the block's position, or {@link Finding#HEADLINE_INDEX}
 * @param type the block type, or {@code null} for the headline
 * @param text the text the finding offsets point into
 */
record Passage(String key, int index, BlockType type, String text) {

    /** The headline (when it is not blank) followed by the blocks, in order. */
    static List<Passage> of(List<Block> blocks, String headline) {
        List<Passage> passages = new ArrayList<>();
        if (headline != null && !headline.isBlank()) {
            passages.add(new Passage(Finding.HEADLINE_KEY, Finding.HEADLINE_INDEX, null, headline));
        }
        if (blocks != null) {
            for (int i = 0; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                passages.add(new Passage(block.key(), i, block.type(), block.text()));
            }
        }
        return passages;
    }

    /**
     * Whether the passage is display type (the headline or a subheading): set in title or
     * sentence case, often without a full stop, so sentence-shape rules do not apply.
     */
    boolean displayType() {
        return type == null || type == BlockType.SUBHEADING;
    }

    Finding finding(String rule, int start, int end, String message, String suggestion) {
        return new Finding(rule, key, index, start, end, Excerpts.around(text, start, end), message, suggestion);
    }
}
