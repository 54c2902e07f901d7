package org.copydesk.domain.correction;

/**
 * Where a correction, or a reader's report, stands. A correction is PROPOSED, then APPLIED or REJECTED. A
 * reader's report is PROPOSED until the desk answers it: RESOLVED when the correction it is linked to is
 * applied (the report names that correction), REJECTED when the desk finds nothing wrong, or APPLIED when the
 * desk completed the report itself into a correction and applied it.
 */
public enum CorrectionStatus {
    PROPOSED,
    APPLIED,
    REJECTED,
    /** A reader's report answered by another correction, which was applied; see {@link Correction#getResolvedBy()}. */
    RESOLVED
}
