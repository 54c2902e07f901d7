package org.copydesk.domain.sourcing;

/** What in the text made the detector propose an attribution. */
public enum Cue {
    /**
     * A reporting verb ("said", "told", "reported", "warned", "announced", "wrote", "posted",
     * "showed", "declined to comment"…) whose speaker is not a named person and not a media outlet:
     * organisations, documents, anonymous and unnamed sources, pronoun follow-ups ("It said").
     */
    REPORTING_VERB,
    /** A hedge with no speaker in the sentence: "reportedly", "purportedly", "is said to"… */
    HEDGE,
    /** "according to X". */
    ACCORDING_TO,
    /** A picture credit: "(Photo via AFP)", "(Photo by EPA)", "Photo: Reuters". */
    PHOTO_CREDIT,
    /** Video or footage as the thing that shows or says something ("Another video apparently shows"). */
    FOOTAGE,
    /** A reporting verb whose speaker is a named person ("Kremlin spokesman Dmitry Peskov said"). */
    NAMED_SPEAKER,
    /** A reporting verb whose speaker is a media outlet ("local media reported"). */
    MEDIA
}
