package org.copydesk.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.copydesk.domain.sourcing.Source;
import org.copydesk.domain.sourcing.SourceChange;
import org.copydesk.domain.sourcing.SourceCheck;
import org.copydesk.domain.sourcing.SourceEvent;
import org.copydesk.domain.sourcing.SourceKind;
import org.copydesk.domain.sourcing.VerificationStatus;

/** A source as the API and the sourcing screen show it, with its history. */
public record SourceView(
        long id,
        String name,
        SourceKind kind,
        String role,
        String reference,
        Set<String> aliases,
        VerificationStatus status,
        String statusNote,
        String statusBy,
        Instant statusAt,
        Long mergedInto,
        long version,
        List<Check> history)
        implements Serializable {

    /**
     * One line of the source's history: what happened ({@code event}, in words in {@code summary}), the
     * status the source had afterwards, each field before → after, the other record of a merge, who, when
     * and the note.
     */
    public record Check(
            SourceEvent event,
            VerificationStatus status,
            String summary,
            List<SourceChange> changes,
            Long otherId,
            String otherName,
            String note,
            String actor,
            Instant at)
            implements Serializable {
        static Check of(SourceCheck c) {
            return new Check(
                    c.event(),
                    c.status(),
                    c.summary(),
                    c.changes(),
                    c.otherId(),
                    c.otherName(),
                    c.note(),
                    c.actor(),
                    c.at());
        }
    }

    static SourceView of(Source s) {
        return new SourceView(
                s.getId(),
                s.getName(),
                s.getKind(),
                s.getRole(),
                s.getReference(),
                s.getAliases(),
                s.getStatus(),
                s.getStatusNote(),
                s.getStatusBy(),
                s.getStatusAt(),
                s.getMergedInto(),
                s.getVersion(),
                s.getHistory().stream().map(Check::of).toList());
    }

    /** "Dmitry Peskov (Kremlin spokesman)". */
    public String label() {
        return role == null ? name : name + " (" + role + ")";
    }
}
