package org.copydesk.web.ui;

import java.io.Serializable;
import org.copydesk.application.StoryDetails.BlockView;
import java.util.List;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.story.BlockType;
import org.copydesk.domain.story.Mark;
import org.copydesk.domain.story.Marks;

/** A body block as the editor form holds it while the user types. */
public class EditableBlock implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private BlockType type;
    private String text;
    /** The text as loaded and its marks: the marks follow the words when the text is edited here. */
    private final String loadedText;
    private final List<Mark> marks;

    public EditableBlock() {
        this(null, BlockType.PARAGRAPH, "");
    }

    EditableBlock(String key, BlockType type, String text) {
        this(key, type, text, List.of());
    }

    EditableBlock(String key, BlockType type, String text, List<Mark> marks) {
        this.key = key;
        this.type = type;
        this.text = text;
        this.loadedText = text;
        this.marks = List.copyOf(marks);
    }

    static EditableBlock of(BlockView view) {
        return new EditableBlock(view.key(), view.type(), view.text(), view.marks());
    }

    static EditableBlock of(Block block) {
        return new EditableBlock(block.key(), block.type(), block.text(), block.marks());
    }

    BlockView toView() {
        if (marks.isEmpty() || text == null || text.isBlank()) {
            return new BlockView(key, type, text);
        }
        return new BlockView(key, type, text, Marks.follow(loadedText, text, marks));
    }

    public String getKey() {
        return key;
    }

    public BlockType getType() {
        return type;
    }

    public void setType(BlockType type) {
        this.type = type;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
