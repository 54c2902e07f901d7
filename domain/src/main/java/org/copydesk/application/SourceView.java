package org.copydesk.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.copydesk.domain.sourcing.Source;
import org.copydesk.domain.sourcing.SourceCheck;
import org.copydesk.domain.sourcing.SourceKind;
import org.copydesk.domain.sourcing.VerificationStatus;

/** A source as the API and the sourcing screen show it, with its history. */
public record SourceView(long id, String name, SourceKind kind, String role, String reference, Set<String> aliases,
        VerificationStatus status, String statusNote, String statusBy, Instant statusAt, Long mergedInto,
        long version, List<Check> history) implements Serializable {

    /** One line of the source's history. */
    public record Check(VerificationStatus status, String note, String actor, Instant at) implements Serializable {
        static Check of(SourceCheck c) {
            return new Check(c.status(), c.note(), c.actor(), c.at());
        }
    }

    static SourceView of(Source s) {
        return new SourceView(s.getId(), s.getName(), s.getKind(), s.getRole(), s.getReference(), s.getAliases(),
                s.getStatus(), s.getStatusNote(), s.getStatusBy(), s.getStatusAt(), s.getMergedInto(), s.getVersion(),
                s.getHistory().stream().map(Check::of).toList());
    }

    /** "Dmitry Peskov (Kremlin spokesman)". */
    public String label() {
        return role == null ? name : name + " (" + role + ")";
    }
}
