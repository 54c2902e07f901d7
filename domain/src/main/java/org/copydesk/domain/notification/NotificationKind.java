package org.copydesk.domain.notification;

/** Why a user is told something. */
public enum NotificationKind {
    /** Someone mentioned the user in a note. */
    MENTION,
    /** A story entered a queue the user's role works (sourcing review, copy desk, ready to publish). */
    QUEUE,
    /** A story the user reported moved (returned to draft, sent on, published). */
    MOVED,
    /** Someone else saved a story the user reported or has open. */
    SAVED,
    /** Someone replied in a thread the user wrote in. */
    REPLY,
    /** An editor assigned a story to the user. */
    ASSIGNED,
    /** A reader reported an error in a published story (editors). */
    REPORT,
    /** A correction to a story the user reported was applied. */
    CORRECTED,
    /** A publication the user scheduled was refused when its time came (a guard unmet, say). */
    SCHEDULE
}
