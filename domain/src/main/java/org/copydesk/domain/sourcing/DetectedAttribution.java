package org.copydesk.domain.sourcing;

import java.util.Objects;

/**
 * One attribution the detector proposes: a span of a block's text that makes a claim on someone's
 * word, and who that someone is as far as the text tells.
 *
 * @param blockKey the key of the block the span is in
 * @param blockIndex the block's position in the list given to the detector (the claim-detection engine)
 * @param start offset of the span's first character in the block's text
 * @param end offset just past the span's last character; {@code text.substring(start, end)}
 *     equals {@code span}
 * @param span the attribution phrase itself, e.g. "Kremlin spokesman Dmitry Peskov said",
 *     "local media reported", "(Photo via AFP)", "reportedly"
 * @param claim the sentence the attribution supports, trimmed; for a picture credit, the caption
 *     it credits
 * @param cue what in the text made the proposal
 * @param sourceName who: a person's name ("Dmitry Peskov"), or the phrase naming the source as
 *     the text has it ("local media", "the port authority", "two officials familiar with the
 *     negotiations"), with a leading article or determiner in lower case; "unnamed reports" for a
 *     hedge with no speaker
 * @param kind the kind of source
 * @param role the speaker's role or affiliation when the text gives one ("Kremlin spokesman"); for
 *     a document, its issuer ("finance ministry"); otherwise {@code null}
 */
public record DetectedAttribution(
        String blockKey,
        int blockIndex,
        int start,
        int end,
        String span,
        String claim,
        Cue cue,
        String sourceName,
        SourceKind kind,
        String role) {

    public DetectedAttribution {
        Objects.requireNonNull(blockKey, "blockKey");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(kind, "kind");
        if (blockIndex < 0 || start < 0 || end <= start || end - start != span.length()) {
            throw new IllegalArgumentException("bad span " + start + ".." + end + " for \"" + span + "\"");
        }
        if (sourceName.isBlank()) {
            throw new IllegalArgumentException("an attribution needs a source name");
        }
        if (role != null && role.isBlank()) {
            role = null;
        }
    }
}
