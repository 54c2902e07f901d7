package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.story.BlockType;
import org.copydesk.domain.story.ImageCaption;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.workflow.GuardName;

/**
 * A story is signed off and published only when every picture has alt text — what a reader who cannot see it
 * hears instead — and a credit (whose picture it is: the credit is an attribution the sourcing review
 * checks).
 */
@ApplicationScoped
public class PicturesGuard implements StoryGuard {

    private static final int EXCERPT = 60;

    @Override
    public GuardName name() {
        return GuardName.PICTURES;
    }

    @Override
    public List<String> unmet(Story story) {
        return unmet(story.content().blocks());
    }

    static List<String> unmet(List<Block> blocks) {
        List<String> unmet = new ArrayList<>();
        int number = 0;
        for (Block b : blocks) {
            number++;
            if (b.type() != BlockType.IMAGE) {
                continue;
            }
            String which = "The picture in block " + number + describe(b);
            if (b.alt() == null) {
                unmet.add(which + " needs alt text: a sentence that says what it shows, for readers who cannot"
                        + " see it.");
            }
            if (ImageCaption.credit(b.text()) == null) {
                unmet.add(which + " needs a credit: whose picture it is, \"(Photo via AFP)\".");
            }
        }
        return unmet;
    }

    private static String describe(Block b) {
        String caption = ImageCaption.caption(b.text());
        if (caption.isEmpty()) {
            return "";
        }
        return " (\u201c"
                + (caption.length() > EXCERPT ? caption.substring(0, EXCERPT).strip() + "\u2026" : caption) + "\u201d)";
    }
}
