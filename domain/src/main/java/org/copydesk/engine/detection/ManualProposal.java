package org.copydesk.engine.detection;

import org.copydesk.domain.sourcing.SourceKind;

/**
 * Who words an editor marked by hand name as the source of a claim, as far as the detector can tell
 * (see {@link AttributionDetector#propose}). A guess for the editor to check and edit, never a
 * decision.
 *
 * @param name the source's name as the text has it, or {@code null} when nothing in the words or the
 *     sentence around them names anyone (the editor types it)
 * @param kind the kind of source, or {@code null} when no cue tells
 * @param role role or affiliation when the text gives one, otherwise {@code null}
 */
public record ManualProposal(String name, SourceKind kind, String role) {

    /** Nothing could be guessed. */
    public static final ManualProposal NONE = new ManualProposal(null, null, null);

    public ManualProposal {
        name = name == null || name.isBlank() ? null : name.strip();
        role = role == null || role.isBlank() ? null : role.strip();
    }

    public boolean named() {
        return name != null;
    }
}
