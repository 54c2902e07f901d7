package org.copydesk.domain.copyedit;

/** OPEN until a copy editor applies the suggestion or dismisses the finding with a reason. */
public enum FindingStatus {
    OPEN,
    APPLIED,
    DISMISSED
}
