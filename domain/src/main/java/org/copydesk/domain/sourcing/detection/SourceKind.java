package org.copydesk.domain.sourcing.detection;

/**
 * What kind of thing a source is (see DESIGN, "Sources and attributions"). Kept in the detection
 * package for now; it moves to the source registry's package when that exists.
 */
public enum SourceKind {
    /** A named person ("Kremlin spokesman Dmitry Peskov"), or a definite unnamed one ("the minister"). */
    PERSON,
    /** A government, ministry, authority, company, party or other body ("the port authority"). */
    ORGANIZATION,
    /** Newspapers, broadcasters, wire services, "local media", and unnamed "reports". */
    MEDIA_REPORT,
    /** Video footage or an image taken from it. */
    VIDEO,
    /** Whoever supplied a picture, as named in its credit ("(Photo via AFP)"). */
    PHOTO_AGENCY,
    /** A statement, report, letter, filing, data release or other document. */
    DOCUMENT,
    /** People the story does not name ("two officials familiar with the negotiations"). */
    ANONYMOUS
}
