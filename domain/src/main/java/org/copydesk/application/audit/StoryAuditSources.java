package org.copydesk.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.copydesk.domain.copyedit.CopyEditRepository;
import org.copydesk.domain.copyedit.FindingStatus;
import org.copydesk.domain.copyedit.StoryFinding;
import org.copydesk.domain.correction.Correction;
import org.copydesk.domain.correction.CorrectionRepository;
import org.copydesk.domain.correction.CorrectionStatus;
import org.copydesk.domain.sourcing.Attribution;
import org.copydesk.domain.sourcing.AttributionDecision;
import org.copydesk.domain.sourcing.AttributionRepository;
import org.copydesk.domain.sourcing.Source;
import org.copydesk.domain.sourcing.SourceCheck;
import org.copydesk.domain.sourcing.SourceRepository;
import org.copydesk.domain.story.Revision;
import org.copydesk.domain.story.RevisionRepository;
import org.copydesk.domain.story.StoryRepository;
import org.copydesk.domain.story.TransitionRecord;

/** The audit sources Copydesk has: one nested bean per kind of record. */
public final class StoryAuditSources {

    private StoryAuditSources() {}

    /** Workflow moves: from, to, who, note. */
    @ApplicationScoped
    public static class Transitions implements AuditSource {
        @Inject
        StoryRepository stories;

        @Override
        public List<AuditEntry> entries(long storyId) {
            List<TransitionRecord> log =
                    stories.find(storyId).map(s -> s.getTransitions()).orElse(List.of());
            List<AuditEntry> entries = new ArrayList<>();
            for (int i = 0; i < log.size(); i++) {
                TransitionRecord t = log.get(i);
                entries.add(AuditEntry.of(t.at(), "TRANSITION", t.actor(), "Moved from " + t.from() + " to " + t.to())
                        .detail("from", t.from())
                        .detail("to", t.to())
                        .detail("note", t.note())
                        .ref(AuditEntry.key("transition", i)));
            }
            return entries;
        }
    }

    /** Scheduled publishing and embargoes: set, cancelled, dropped, refused, lifted; the time and why. */
    @ApplicationScoped
    public static class Schedule implements AuditSource {
        @Inject
        StoryRepository stories;

        @Override
        public List<AuditEntry> entries(long storyId) {
            List<org.copydesk.domain.story.ScheduleRecord> log =
                    stories.find(storyId).map(s -> s.getScheduleLog()).orElse(List.of());
            List<AuditEntry> entries = new ArrayList<>();
            for (int i = 0; i < log.size(); i++) {
                org.copydesk.domain.story.ScheduleRecord r = log.get(i);
                String when = org.copydesk.domain.story.Story.when(r.time());
                String summary =
                        switch (r.action()) {
                            case SCHEDULED -> "Scheduled for " + when;
                            case UNSCHEDULED -> "Schedule cancelled";
                            case DROPPED -> "Schedule dropped";
                            case REFUSED -> "Scheduled publication refused";
                            case EMBARGOED -> "Embargoed until " + when;
                            case EMBARGO_LIFTED -> "Embargo lifted";
                            case PLANNED -> r.time() == null ? "Deadline cleared" : "Deadline " + when;
                        };
                entries.add(AuditEntry.of(r.at(), "SCHEDULE", r.actor(), summary)
                        .detail("action", r.action())
                        .detail("time", when)
                        .detail("note", r.note())
                        .ref(AuditEntry.key("schedule", i)));
            }
            return entries;
        }
    }

    /** Saves: revision number, author, reason. */
    @ApplicationScoped
    public static class Revisions implements AuditSource {
        private static final int PAGE = 200;

        @Inject
        RevisionRepository revisions;

        @Override
        public List<AuditEntry> entries(long storyId) {
            List<AuditEntry> entries = new ArrayList<>();
            for (int offset = 0; ; offset += PAGE) {
                List<Revision> page = revisions.ofStory(storyId, offset, PAGE);
                for (Revision r : page) {
                    entries.add(AuditEntry.of(
                                    r.getCreatedAt(),
                                    "REVISION",
                                    r.getAuthor(),
                                    "Revision " + r.getNumber() + ": " + r.getReason())
                            .detail("revision", r.getNumber())
                            .detail("reason", r.getReason())
                            .detail("headline", r.getHeadline())
                            .ref(AuditEntry.key("revision", r.getNumber())));
                }
                if (page.size() < PAGE) {
                    return entries;
                }
            }
        }
    }

    /**
     * Every decision on every attribution (marked, linked, waived, rejected, proposal edited, words changed,
     * confirmed, relinked by a merge, its source made anonymous), with the reason anonymity was granted where a
     * line gave one, and the verification history of the linked sources.
     */
    @ApplicationScoped
    public static class Sourcing implements AuditSource {
        @Inject
        AttributionRepository attributions;

        @Inject
        SourceRepository sources;

        @Override
        public List<AuditEntry> entries(long storyId) {
            List<Attribution> all = attributions.ofStory(storyId);
            Set<Long> sourceIds = new LinkedHashSet<>();
            all.stream().map(Attribution::getSourceId).filter(id -> id != null).forEach(sourceIds::add);
            Set<Long> named = new LinkedHashSet<>(sourceIds);
            all.forEach(a -> a.getDecisions().stream()
                    .map(AttributionDecision::sourceId)
                    .filter(id -> id != null)
                    .forEach(named::add));
            Map<Long, Source> byId = named.isEmpty()
                    ? Map.of()
                    : sources.findAll(named).stream().collect(Collectors.toMap(Source::getId, Function.identity()));
            List<AuditEntry> entries = new ArrayList<>();
            for (Attribution a : all) {
                List<AttributionDecision> decisions = a.getDecisions();
                for (int i = 0; i < decisions.size(); i++) {
                    AttributionDecision d = decisions.get(i);
                    Source source = d.sourceId() == null ? null : byId.get(d.sourceId());
                    String words = "“" + (d.span() == null ? a.getSpan() : d.span()) + "”";
                    String summary =
                            switch (d.action()) {
                                case MARKED -> "Marked " + words + " as a claim";
                                case LINKED ->
                                    "Linked " + words + " to " + (source == null ? "a source" : source.getName());
                                case WAIVED -> "Waived the check of " + words;
                                case REJECTED -> "Rejected " + words + " as an attribution";
                                case PROPOSAL_EDITED -> "Edited the proposal for " + words;
                                case CHANGED -> "The words of a reviewed claim changed to " + words + "; decision kept";
                                case CONFIRMED -> "Confirmed the decision on " + words + " after its words changed";
                                case RELINKED ->
                                    "The source of " + words + " was merged; now "
                                            + (source == null ? "another source" : source.getName());
                                case ANONYMITY_GIVEN ->
                                    "The source of " + words + ", " + (source == null ? "a source" : source.getName())
                                            + ", was made anonymous";
                            };
                    if (d.anonymityReason() != null) {
                        summary += ". Anonymity granted: " + d.anonymityReason();
                    }
                    entries.add(
                            AuditEntry.of(d.at(), "ATTRIBUTION_" + d.action().name(), d.actor(), summary)
                                    .detail("span", d.span())
                                    .detail("claim", a.getClaim())
                                    .detail("source", source == null ? null : source.getName())
                                    .detail("note", d.note())
                                    .detail("anonymityReason", d.anonymityReason())
                                    .ref(AuditEntry.key("attribution", a.getId(), String.format("%06d", i))));
                }
            }
            for (long id : sourceIds) {
                Source source = byId.get(id);
                if (source == null) {
                    continue;
                }
                List<SourceCheck> history = source.getHistory();
                for (int i = 0; i < history.size(); i++) {
                    SourceCheck check = history.get(i);
                    entries.add(AuditEntry.of(
                                    check.at(),
                                    "SOURCE_CHECK",
                                    check.actor(),
                                    source.getName() + ": " + check.summary())
                            .detail("source", source.getName())
                            .detail("status", check.status())
                            .detail("note", check.note())
                            .ref(AuditEntry.key("source", id, String.format("%06d", i))));
                }
            }
            return entries;
        }
    }

    /** Copy-check findings applied or dismissed (with the reason). */
    @ApplicationScoped
    public static class Findings implements AuditSource {
        @Inject
        CopyEditRepository copyEdit;

        @Override
        public List<AuditEntry> entries(long storyId) {
            List<AuditEntry> entries = new ArrayList<>();
            for (StoryFinding f : copyEdit.findings(storyId)) {
                if (f.getStatus() == FindingStatus.OPEN || f.getDecidedAt() == null) {
                    continue;
                }
                boolean applied = f.getStatus() == FindingStatus.APPLIED;
                String summary = applied
                        ? "Applied “" + f.getCovered() + "” → “" + f.getSuggestion() + "”"
                        : "Dismissed “" + f.getCovered() + "” (" + f.getRule() + ")";
                entries.add(AuditEntry.of(
                                f.getDecidedAt(),
                                applied ? "FINDING_APPLIED" : "FINDING_DISMISSED",
                                f.getDecidedBy(),
                                summary)
                        .detail("rule", f.getRule())
                        .detail("text", f.getCovered())
                        .detail("suggestion", f.getSuggestion())
                        .detail("message", f.getMessage())
                        .detail("reason", f.getReason())
                        .ref(AuditEntry.key("finding", f.getId())));
            }
            return entries;
        }
    }

    /** Corrections proposed, then applied or rejected. */
    @ApplicationScoped
    public static class Corrections implements AuditSource {
        @Inject
        CorrectionRepository corrections;

        @Override
        public List<AuditEntry> entries(long storyId) {
            List<AuditEntry> entries = new ArrayList<>();
            for (Correction c : corrections.corrections(storyId)) {
                String what = c.getKind().label() + (c.isFromReader() ? " (reader report)" : "");
                entries.add(AuditEntry.of(
                                c.getProposedAt(),
                                "CORRECTION_PROPOSED",
                                c.getProposedBy(),
                                what + " proposed: " + c.getReason())
                        .detail("kind", c.getKind())
                        .detail("reason", c.getReason())
                        .detail("before", c.getBefore())
                        .detail("after", c.getAfter())
                        .detail("notice", c.getNotice())
                        .ref(AuditEntry.key("correction", c.getId(), "1-proposed")));
                if (c.getStatus() == CorrectionStatus.RESOLVED && c.getDecidedAt() != null) {
                    entries.add(AuditEntry.of(
                                    c.getDecidedAt(),
                                    "REPORT_RESOLVED",
                                    c.getDecidedBy(),
                                    what + " resolved by correction " + c.getResolvedBy())
                            .detail("correction", c.getResolvedBy())
                            .ref(AuditEntry.key("correction", c.getId(), "2-decided")));
                } else if (c.getStatus() != CorrectionStatus.PROPOSED && c.getDecidedAt() != null) {
                    boolean applied = c.getStatus() == CorrectionStatus.APPLIED;
                    entries.add(AuditEntry.of(
                                    c.getDecidedAt(),
                                    applied ? "CORRECTION_APPLIED" : "CORRECTION_REJECTED",
                                    c.getDecidedBy(),
                                    what
                                            + (applied ? " applied" : " rejected")
                                            + (c.getRevision() == null ? "" : " as revision " + c.getRevision()))
                            .detail("kind", c.getKind())
                            .detail("revision", c.getRevision())
                            .detail("note", c.getDecisionNote())
                            .detail("notice", c.getNotice())
                            .ref(AuditEntry.key("correction", c.getId(), "2-decided")));
                }
            }
            return entries;
        }
    }
}
