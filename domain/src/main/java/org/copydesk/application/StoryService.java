package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.copydesk.domain.section.SectionRepository;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.story.RevisionRepository;
import org.copydesk.domain.story.Slugs;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.story.StoryContent;
import org.copydesk.domain.story.StoryRepository;
import org.copydesk.domain.user.Actor;
import org.copydesk.engine.importing.DocxStoryReader;
import org.copydesk.engine.importing.HtmlStoryReader;
import org.copydesk.engine.importing.ImportedStory;
import org.copydesk.engine.importing.StoryImporter;

/** Writing stories: create, import, save. Each call is one transaction. */
@ApplicationScoped
@Transactional
public class StoryService {

    @Inject
    StoryRepository stories;

    @Inject
    RevisionRepository revisions;

    @Inject
    SectionRepository sections;

    @Inject
    Clock clock;

    @Inject
    org.copydesk.domain.media.MediaRepository media;

    @Inject
    Event<StoryChanged> changed;

    @Inject
    SourcingGuard sourcingGuard;

    public StoryDetails create(StoryContent content, Actor author) {
        return StoryDetails.of(createStory(content, author, null, "Created"));
    }

    /**
     * Imports plain text in the seed's shape. The same text imported twice is refused with the story it
     * became, unless the caller asks for a copy on purpose.
     */
    public ImportResult importText(String text, Actor author, boolean allowDuplicate) {
        return importStory(new StoryImporter(sections.names()).parse(text), author, allowDuplicate);
    }

    /**
     * Imports HTML (a saved page, a document exported as HTML, a clipboard): read into blocks with bold,
     * italic and links ({@link HtmlStoryReader}); the HTML itself is not kept. Duplicates as for text.
     */
    public ImportResult importHtml(String html, Actor author, boolean allowDuplicate) {
        return importStory(new HtmlStoryReader(sections.names()).parse(html), author, allowDuplicate);
    }

    /**
     * Imports a Word document (.docx): read into blocks with bold, italic and links ({@link DocxStoryReader});
     * the document itself is not kept. A file that is not a .docx, or one that unpacks too far, is refused with
     * an {@link org.copydesk.engine.importing.ImportException}. Duplicates as for text.
     */
    public ImportResult importDocx(byte[] docx, Actor author, boolean allowDuplicate) {
        return importStory(new DocxStoryReader(sections.names()).parse(docx), author, allowDuplicate);
    }

    private ImportResult importStory(ImportedStory imported, Actor author, boolean allowDuplicate) {
        var existing = stories.findByFingerprint(imported.fingerprint());
        if (existing.isPresent() && !allowDuplicate) {
            throw new DuplicateStoryException(StorySummary.of(existing.get()));
        }
        List<Block> blocks = imported.blocks().stream()
                .map(b -> new Block(null, b.type(), b.text(), b.marks()))
                .toList();
        StoryContent content =
                new StoryContent(imported.headline(), imported.standfirst(), null, imported.sections(), blocks);
        String reason = imported.debris().isEmpty()
                ? "Imported"
                : "Imported; removed scrape debris: " + String.join("; ", imported.debris());
        Story story = createStory(content, author, existing.isPresent() ? null : imported.fingerprint(), reason);
        return new ImportResult(StoryDetails.of(story), imported.debris());
    }

    /** Saves new content if the caller saw the newest version; otherwise {@link StaleStoryException}. */
    public StoryDetails update(long id, long expectedVersion, StoryContent content, Actor by, String reason) {
        // Locked: two saves that both saw the same version must not both pass the check below and
        // then hand out the same revision number (the revision's insert precedes the version check).
        Story story = stories.findForUpdate(id).orElseThrow(() -> new StoryNotFoundException("with id " + id));
        if (story.getVersion() != expectedVersion) {
            throw new StaleStoryException(expectedVersion, StoryDetails.of(story));
        }
        return save(story, content, by, reason);
    }

    /**
     * Makes an earlier revision's content the story's again, as a new revision whose reason says so; the
     * revisions in between stay. The blocks keep their keys (so claims and notes stay anchored); a block of
     * a revision kept before revisions held their blocks takes the key of a current block with the same
     * words, or a new one. Checked like a save: who may edit, the version when given, the sourcing guard.
     */
    public StoryDetails restore(long id, int number, Long expectedVersion, Actor by, String reason) {
        Story story = stories.findForUpdate(id).orElseThrow(() -> new StoryNotFoundException("with id " + id));
        String refusal = story.editRefusal(by);
        if (refusal != null) {
            throw new org.copydesk.domain.exception.NotPermittedException(refusal);
        }
        if (expectedVersion != null && story.getVersion() != expectedVersion) {
            throw new StaleStoryException(expectedVersion, StoryDetails.of(story));
        }
        org.copydesk.domain.story.Revision revision = revisions
                .find(id, number)
                .orElseThrow(() -> new NotFoundException("Story " + id + " has no revision " + number + "."));
        if (number == story.getCurrentRevision()) {
            throw new IllegalArgumentException(
                    "Revision " + number + " is the story as it is now; nothing to restore.");
        }
        String why = "Restored revision " + number + (reason == null || reason.isBlank() ? "" : ": " + reason.strip());
        return save(story, revision.content(story.content().blocks()), by, why);
    }

    private StoryDetails save(Story story, StoryContent content, Actor by, String reason) {
        checkPictures(content);
        long id = story.getId();
        List<String> unmetBefore = sourcingGuard.before(story);
        story.revise(content, by, reason, clock.instant()).ifPresent(revision -> {
            revisions.store(revision);
            changed.fire(
                    new StoryChanged(id, story.getSlug(), story.getState(), by.username(), StoryChanged.Kind.SAVED));
        });
        stories.flush();
        // the sourcing guard stands on a save of a story ready to publish too: what is published must not hold a
        // claim that nobody sourced
        sourcingGuard.refuseNewProblems(
                story,
                unmetBefore,
                "This change adds claims that are not sourced to a "
                        + "story that is ready to publish; nothing was saved. Return the story to the copy desk (and from "
                        + "there to sourcing review) first, or keep the claim's words.");
        return StoryDetails.of(story);
    }

    private Story createStory(StoryContent content, Actor author, String fingerprint, String reason) {
        checkPictures(content);
        Story story = stories.store(
                Story.draft(uniqueSlug(content.headline()), content, author, fingerprint, clock.instant()));
        revisions.store(story.firstRevision(reason));
        stories.flush(); // one insert: the story is complete before it is written
        changed.fire(new StoryChanged(
                story.getId(), story.getSlug(), story.getState(), author.username(), StoryChanged.Kind.CREATED));
        return story;
    }

    /**
     * Every picture block shows a picture that was uploaded; a picture the library knows no credit or alt text of
     * takes those the story gives it (so the next story that reuses it is offered them).
     */
    private void checkPictures(StoryContent content) {
        List<Block> pictures =
                content.blocks().stream().filter(b -> b.mediaId() != null).toList();
        if (pictures.isEmpty()) {
            return;
        }
        java.util.Set<Long> known =
                media.existing(pictures.stream().map(Block::mediaId).toList());
        for (Block b : pictures) {
            if (!known.contains(b.mediaId())) {
                throw new IllegalArgumentException("There is no picture " + b.mediaId() + " in the media library;"
                        + " upload it first (POST /api/media).");
            }
            media.find(b.mediaId())
                    .ifPresent(m -> m.fillIn(org.copydesk.domain.story.ImageCaption.credit(b.text()), b.alt()));
        }
    }

    private String uniqueSlug(String headline) {
        String base = Slugs.of(headline);
        String slug = base;
        for (int n = 2; stories.slugExists(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
