package org.copydesk.domain.copydesk;

public enum CorrectionStatus {
    PROPOSED,
    APPLIED,
    REJECTED
}
