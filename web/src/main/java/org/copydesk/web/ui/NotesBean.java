package org.copydesk.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.application.AttributionView;
import org.copydesk.application.NoteEditView;
import org.copydesk.application.NoteService;
import org.copydesk.application.NoteView;
import org.copydesk.application.SourcingService;
import org.copydesk.application.StaleNoteException;
import org.copydesk.application.StoryDetails;
import org.copydesk.application.StoryDetails.BlockView;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.domain.note.Mentions;
import org.copydesk.web.security.CurrentUser;

/**
 * The notes panel of the story page: threads with their replies, a note on the story, a block or an
 * attribution, replies, edits and deletes of one's own notes, and a note's history.
 */
@Named
@ViewScoped
public class NotesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A thread: its first note and the replies, in order. */
    public record Thread(NoteView first, List<NoteView> replies) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    NoteService notes;

    @Inject
    SourcingService sourcing;

    @Inject
    StoryEditorBean editor;

    @Inject
    CurrentUser user;

    @Inject
    org.copydesk.application.AssignmentService assignments;

    /** The most names "@" offers at once. */
    private static final int MENTIONS_OFFERED = 8;

    private Long attributionParam;
    private List<Thread> threads = List.of();
    private int count;
    private String text;
    private String anchorBlock;
    private Long anchorAttribution;
    private final Map<Long, String> replies = new HashMap<>();
    private Long editingId;
    private String editText;
    private Long historyId;
    private List<NoteEditView> history = List.of();
    private Map<String, String> blockLabels = Map.of();
    private Map<Long, String> attributionLabels = Map.of();

    /** After the story is loaded: the notes, and an anchor asked for in the address (?attribution=). */
    public void load() {
        if (story() == null) {
            return;
        }
        refresh();
        if (attributionParam != null && attributionLabels.containsKey(attributionParam)) {
            anchorAttribution = attributionParam;
        }
    }

    /** Reads the notes again (after a change here, or when the page hears that someone added one). */
    /**
     * What "@" offers while a note is typed: the colleagues (enabled accounts, not the writer) whose name starts
     * with what follows the "@", as "@name"; nothing for a word without "@".
     */
    public List<String> mentionable(String word) {
        if (word == null || !word.startsWith("@")) {
            return List.of();
        }
        String start = word.substring(1).toLowerCase(java.util.Locale.ROOT);
        return assignments.assignableUsers().stream()
                .filter(u -> !user.actor().is(u))
                .filter(u -> u.toLowerCase(java.util.Locale.ROOT).startsWith(start))
                .limit(MENTIONS_OFFERED)
                .map(u -> "@" + u)
                .toList();
    }

    public void refresh() {
        StoryDetails story = story();
        Map<String, String> blocks = new LinkedHashMap<>();
        for (BlockView b : story.blocks()) {
            blocks.put(b.key(), shorten(b.text(), 60));
        }
        blockLabels = blocks;
        Map<Long, String> spans = new LinkedHashMap<>();
        for (AttributionView a : sourcing.attributions(story.id())) {
            spans.put(a.id(), shorten(a.span(), 60));
        }
        attributionLabels = spans;
        List<NoteView> all = notes.ofStory(story.id());
        Map<Long, Thread> byThread = new LinkedHashMap<>();
        for (NoteView n : all) {
            if (!n.reply()) {
                byThread.put(n.id(), new Thread(n, new ArrayList<>()));
            } else if (byThread.containsKey(n.threadId())) {
                byThread.get(n.threadId()).replies().add(n);
            }
        }
        threads = new ArrayList<>(byThread.values());
        count = (int) all.stream().filter(n -> !n.deleted()).count();
    }

    public void write() {
        attempt(() -> {
            notes.write(story().id(), text, anchorBlock, anchorAttribution, null, user.actor());
            text = null;
            anchorBlock = null;
            anchorAttribution = null;
            Messages.info("Note added.");
        });
    }

    public void reply(NoteView first) {
        attempt(() -> {
            notes.write(story().id(), replies.get(first.id()), null, null, first.id(), user.actor());
            replies.remove(first.id());
            Messages.info("Reply added.");
        });
    }

    public void startEdit(NoteView note) {
        editingId = note.id();
        editText = note.text();
    }

    public void cancelEdit() {
        editingId = null;
        editText = null;
    }

    public void saveEdit(NoteView note) {
        attempt(() -> {
            notes.edit(story().id(), note.id(), note.version(), editText, user.actor());
            cancelEdit();
            Messages.info("Note edited; the earlier text is in its history.");
        });
    }

    public void delete(NoteView note) {
        attempt(() -> {
            notes.delete(story().id(), note.id(), note.version(), user.actor());
            if (note.id() == (editingId == null ? -1 : editingId)) {
                cancelEdit();
            }
            Messages.info("Note deleted.");
        });
    }

    public void showHistory(NoteView note) {
        historyId = note.id();
        history = notes.history(story().id(), note.id());
    }

    public void hideHistory() {
        historyId = null;
        history = List.of();
    }

    public void anchorToBlock(String key) {
        anchorBlock = key;
        anchorAttribution = null;
    }

    public void clearAnchor() {
        anchorBlock = null;
        anchorAttribution = null;
    }

    private void attempt(Runnable change) {
        try {
            change.run();
        } catch (StaleNoteException e) {
            Messages.warn("Someone changed this note meanwhile.", "It is shown as it is now; make your change again.");
        } catch (IllegalArgumentException | NotPermittedException e) {
            Messages.error(null, e.getMessage());
        }
        refresh();
    }

    /** The note's text, HTML-escaped, with each mention marked. */
    public String html(NoteView note) {
        if (note.text() == null) {
            return "";
        }
        String t = note.text();
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Mentions.Span span : Mentions.spans(t)) {
            out.append(escape(t.substring(at, span.start())));
            boolean known = note.mentions().contains(span.username());
            out.append(known ? "<span class=\"cd-mention\">" : "")
                    .append(escape(t.substring(span.start(), span.end())))
                    .append(known ? "</span>" : "");
            at = span.end();
        }
        out.append(escape(t.substring(at)));
        return out.toString().replace("\n", "<br/>");
    }

    /** Where a thread is anchored, in words; empty for a note on the whole story. */
    public String anchor(NoteView note) {
        if (note.blockKey() != null) {
            String label = blockLabels.get(note.blockKey());
            return label == null ? "On a paragraph since removed" : "On “" + label + "”";
        }
        if (note.attributionId() != null) {
            String label = attributionLabels.get(note.attributionId());
            return label == null ? "On an attribution since removed" : "On the claim “" + label + "”";
        }
        return "";
    }

    /** What the new note will be anchored to, in words; empty for the whole story. */
    public String getAnchorLabel() {
        if (anchorBlock != null) {
            return "On “" + blockLabels.getOrDefault(anchorBlock, anchorBlock) + "”";
        }
        if (anchorAttribution != null) {
            return "On the claim “" + attributionLabels.getOrDefault(anchorAttribution, "#" + anchorAttribution) + "”";
        }
        return "";
    }

    /** The websocket user key of this page: which story, who (docs/collaboration.md). */
    public String getWatchKey() {
        return story() == null
                ? null
                : org.copydesk.web.live.StoryWatchRegistry.key(
                        story().id(), user.actor().username());
    }

    public boolean mine(NoteView note) {
        return user.actor().is(note.author());
    }

    private StoryDetails story() {
        return editor.getStory();
    }

    private static String shorten(String s, int max) {
        String flat = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public List<Thread> getThreads() {
        return threads;
    }

    public int getCount() {
        return count;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Map<Long, String> getReplies() {
        return replies;
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getEditText() {
        return editText;
    }

    public void setEditText(String editText) {
        this.editText = editText;
    }

    public Long getHistoryId() {
        return historyId;
    }

    public List<NoteEditView> getHistory() {
        return history;
    }

    public Long getAttributionParam() {
        return attributionParam;
    }

    public void setAttributionParam(Long attributionParam) {
        this.attributionParam = attributionParam;
    }

    public boolean isAnchored() {
        return anchorBlock != null || anchorAttribution != null;
    }
}
