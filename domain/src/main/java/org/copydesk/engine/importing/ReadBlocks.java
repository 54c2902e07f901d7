package org.copydesk.engine.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.copydesk.domain.story.BlockType;
import org.copydesk.domain.story.Mark;
import org.copydesk.domain.story.Marks;

/**
 * What the readers of formatted documents ({@link HtmlStoryReader}, {@link DocxStoryReader}) share once a
 * document is read into blocks: scrape debris is removed from every block and reported, a first block that
 * is a category line names the sections, the first block the document marks as a headline becomes the
 * headline (else a fallback such as the page title, else the first block), every other block gets its kind
 * (the document's, or for a plain paragraph the one {@link BlockClassifier} gives: a photo credit makes a
 * caption, never a subheading), and the content is fingerprinted as for plain text.
 */
final class ReadBlocks {

    private ReadBlocks() {}

    /**
     * A block as read from a document.
     *
     * @param type the kind the document gives it, or {@code null} for a plain paragraph: its text decides
     * @param headline whether the document marks it as a headline ({@code h1}, Word's Title or Heading 1);
     *                 the first such block is the headline, later ones keep {@code type}
     * @param text the text, whitespace collapsed (a list: an item a line)
     * @param marks the marks over {@code text}
     */
    record Read(BlockType type, boolean headline, String text, List<Mark> marks) {}

    /**
     * @param what how the messages name the input, e.g. "The HTML to import"
     * @param fallbackHeadline the headline when no block is marked as one (a page title), or {@code null}
     * @throws ImportException if nothing but scrape debris, or nothing at all, was read
     */
    static ImportedStory story(List<Read> reads, SectionSplitter sections, String fallbackHeadline, String what) {
        List<String> debris = new ArrayList<>();
        List<Read> clean = new ArrayList<>();
        for (Read r : reads) {
            String stripped = ScrapeDebris.strip(r.text(), debris);
            if (!stripped.isBlank()) {
                clean.add(new Read(r.type(), r.headline(), stripped, Marks.follow(r.text(), stripped, r.marks())));
            }
        }
        if (clean.isEmpty()) {
            throw new ImportException(
                    debris.isEmpty()
                            ? what + " holds no text."
                            : what + " holds nothing but scrape debris: " + String.join(", ", debris) + ".");
        }
        List<String> sectionNames = List.of();
        Optional<List<String>> category = sections.sectionsOf(clean.get(0).text());
        if (category.isPresent() && clean.size() > 1) {
            sectionNames = category.get();
            clean.remove(0);
        }
        String headline;
        int marked = indexOfHeadline(clean);
        if (marked >= 0) {
            headline = clean.remove(marked).text();
        } else if (fallbackHeadline != null && !fallbackHeadline.isBlank()) {
            headline = fallbackHeadline;
        } else {
            headline = clean.remove(0).text();
        }
        List<ImportedBlock> blocks = new ArrayList<>();
        for (Read r : clean) {
            BlockType type = r.type() != null ? r.type() : BlockClassifier.classify(r.text(), 2);
            blocks.add(new ImportedBlock(type, r.text(), r.marks()));
        }
        String fingerprint = Fingerprint.of(sectionNames, headline, null, blocks);
        return new ImportedStory(sectionNames, headline, null, blocks, debris, fingerprint);
    }

    private static int indexOfHeadline(List<Read> reads) {
        for (int i = 0; i < reads.size(); i++) {
            if (reads.get(i).headline()) {
                return i;
            }
        }
        return -1;
    }
}
