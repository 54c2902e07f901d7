package org.copydesk.web.ui;

import java.io.Serializable;
import org.copydesk.application.StoryDetails.BlockView;
import org.copydesk.domain.story.BlockType;

/** A body block as the editor form holds it while the user types. */
public class EditableBlock implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private BlockType type;
    private String text;

    public EditableBlock() {
        this(null, BlockType.PARAGRAPH, "");
    }

    EditableBlock(String key, BlockType type, String text) {
        this.key = key;
        this.type = type;
        this.text = text;
    }

    static EditableBlock of(BlockView view) {
        return new EditableBlock(view.key(), view.type(), view.text());
    }

    BlockView toView() {
        return new BlockView(key, type, text);
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
