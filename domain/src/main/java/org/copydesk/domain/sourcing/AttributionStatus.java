package org.copydesk.domain.sourcing;

/** PROPOSED by the detector (or added by hand), LINKED to a source, or REJECTED as not a claim. */
public enum AttributionStatus {
    PROPOSED,
    LINKED,
    REJECTED
}
