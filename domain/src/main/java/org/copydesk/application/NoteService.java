package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.domain.note.Note;
import org.copydesk.domain.note.NoteEdit;
import org.copydesk.domain.note.NoteRepository;
import org.copydesk.domain.sourcing.AttributionRepository;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.story.StoryRepository;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.UserRepository;

/**
 * Editorial notes on a story: list, write (a new thread or a reply), edit and delete (author only, with
 * history), and the history of one note. Newsroom only: nothing here reaches the public page.
 */
@ApplicationScoped
@Transactional
public class NoteService {

    @Inject
    NoteRepository notes;

    @Inject
    StoryRepository stories;

    @Inject
    AttributionRepository attributions;

    @Inject
    UserRepository users;

    @Inject
    Clock clock;

    @Inject
    Event<NoteAdded> added;

    /** The story's notes: threads in the order they were started, each followed by its replies. */
    public List<NoteView> ofStory(long storyId) {
        load(storyId);
        return notes.ofStory(storyId).stream().map(NoteView::of).toList();
    }

    public NoteView find(long storyId, long noteId) {
        return NoteView.of(note(storyId, noteId));
    }

    /**
     * Writes a note. With {@code replyTo} it joins that note's thread (and its anchor); otherwise it starts
     * a thread on the story, or on one block ({@code blockKey}) or attribution ({@code attributionId}).
     */
    public NoteView write(long storyId, String text, String blockKey, Long attributionId, Long replyTo, Actor by) {
        requireDesk(by);
        Story story = load(storyId);
        Note note;
        List<String> threadAuthors = List.of();
        if (replyTo != null) {
            Note parent = notes.find(replyTo)
                    .orElseThrow(() -> new IllegalArgumentException("There is no note " + replyTo + " to reply to."));
            if (parent.getStoryId() != storyId) {
                throw new IllegalArgumentException(
                        "Note " + replyTo + " belongs to another story; a reply stays on its story.");
            }
            if ((blockKey != null && !blockKey.isBlank()) || attributionId != null) {
                throw new IllegalArgumentException(
                        "A reply shares its thread's anchor; send no blockKey or " + "attributionId with replyTo.");
            }
            note = Note.reply(parent, storyId, by, text, clock.instant());
            threadAuthors = threadAuthors(storyId, parent.threadId(), by.username());
        } else {
            requireAnchor(story, blockKey, attributionId);
            note = Note.start(storyId, blockKey, attributionId, by, text, clock.instant());
        }
        requireKnownUsers(note.getMentions());
        notes.store(note);
        notes.flush();
        added.fire(new NoteAdded(
                storyId,
                note.getId(),
                note.threadId(),
                note.getParentId() != null,
                by.username(),
                note.getMentions(),
                threadAuthors,
                excerpt(note.getText())));
        return NoteView.of(note);
    }

    /** Edits a note; only its author, only with the version they read (else {@link StaleNoteException}). */
    public NoteView edit(long storyId, long noteId, long expectedVersion, String text, Actor by) {
        requireDesk(by);
        Note note = note(storyId, noteId);
        requireVersion(note, expectedVersion);
        Set<String> before = new LinkedHashSet<>(note.getMentions());
        NoteEdit edit = note.edit(text, by, clock.instant());
        requireKnownUsers(note.getMentions());
        notes.store(edit);
        notes.flush();
        List<String> fresh = new ArrayList<>(note.getMentions());
        fresh.removeAll(before);
        if (!fresh.isEmpty()) {
            added.fire(new NoteAdded(
                    storyId,
                    noteId,
                    note.threadId(),
                    note.getParentId() != null,
                    by.username(),
                    fresh,
                    List.of(),
                    excerpt(note.getText())));
        }
        return NoteView.of(note);
    }

    /** Deletes a note softly: it stays, shown as deleted; its text stays in the history. Author only. */
    public NoteView delete(long storyId, long noteId, long expectedVersion, Actor by) {
        requireDesk(by);
        Note note = note(storyId, noteId);
        requireVersion(note, expectedVersion);
        notes.store(note.delete(by, clock.instant()));
        notes.flush();
        return NoteView.of(note);
    }

    /** What the note said before each edit and before its delete, oldest first. */
    public List<NoteEditView> history(long storyId, long noteId) {
        note(storyId, noteId);
        return notes.history(noteId).stream().map(NoteEditView::of).toList();
    }

    private List<String> threadAuthors(long storyId, long threadId, String except) {
        Set<String> authors = new LinkedHashSet<>();
        for (Note n : notes.ofStory(storyId)) {
            if (n.threadId() == threadId && !n.getAuthor().equals(except)) {
                authors.add(n.getAuthor());
            }
        }
        return List.copyOf(authors);
    }

    private void requireKnownUsers(List<String> mentioned) {
        List<String> unknown = mentioned.stream()
                .filter(u -> users.findByUsername(u).isEmpty())
                .toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("No user "
                    + String.join(", ", unknown.stream().map(u -> "@" + u).toList())
                    + " to mention. Mention someone with a Copydesk account, or write the name "
                    + "without the @.");
        }
    }

    private void requireAnchor(Story story, String blockKey, Long attributionId) {
        if (blockKey != null && !blockKey.isBlank()) {
            boolean known =
                    story.content().blocks().stream().anyMatch(b -> b.key().equals(blockKey.strip()));
            if (!known) {
                throw new IllegalArgumentException("The story has no block " + blockKey.strip() + ".");
            }
        }
        if (attributionId != null) {
            boolean known = attributions
                    .find(attributionId)
                    .filter(a -> a.getStoryId() == story.getId())
                    .isPresent();
            if (!known) {
                throw new IllegalArgumentException("The story has no attribution " + attributionId + ".");
            }
        }
    }

    private static void requireVersion(Note note, long expected) {
        if (note.getVersion() != expected) {
            throw new StaleNoteException(expected, NoteView.of(note));
        }
    }

    private static void requireDesk(Actor by) {
        if (by.roles().isEmpty()) {
            throw new NotPermittedException("Only newsroom users write notes.");
        }
    }

    static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 120 ? flat : flat.substring(0, 119) + "…";
    }

    private Note note(long storyId, long noteId) {
        load(storyId);
        return notes.find(noteId)
                .filter(n -> n.getStoryId() == storyId)
                .orElseThrow(() -> new NotFoundException("No note " + noteId + " on story " + storyId));
    }

    private Story load(long id) {
        return stories.find(id).orElseThrow(() -> new StoryNotFoundException("with id " + id));
    }
}
