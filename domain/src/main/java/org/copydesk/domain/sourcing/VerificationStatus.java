package org.copydesk.domain.sourcing;

/** Where the desk stands on a source. UNVERIFIED and DISPUTED block the sourcing gate unless waived. */
public enum VerificationStatus {
    UNVERIFIED,
    VERIFIED,
    DISPUTED,
    UNREACHABLE;

    public boolean blocksGate() {
        return this == UNVERIFIED || this == DISPUTED;
    }
}
