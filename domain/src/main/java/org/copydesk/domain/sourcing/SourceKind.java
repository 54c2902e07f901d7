package org.copydesk.domain.sourcing;

/** What kind of source a claim rests on. */
public enum SourceKind {
    PERSON,
    ORGANIZATION,
    MEDIA_REPORT,
    VIDEO,
    PHOTO_AGENCY,
    DOCUMENT,
    ANONYMOUS
}
