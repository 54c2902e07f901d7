package org.copydesk.domain.sourcing;

import java.time.Instant;
import java.util.List;
import org.copydesk.domain.user.Actor;

/**
 * The rule on anonymous sources: a claim linked to a source of kind {@link SourceKind#ANONYMOUS} carries the
 * reason anonymity was granted ("Not authorized to speak; two officials confirmed independently"), stripped, 10
 * to 1000 characters, written on the line of the claim's history that linked it. Every path that makes a claim
 * rest on an anonymous source asks for it:
 * <ul>
 *   <li>a link to an existing source or to a new one made in the same step ({@link Attribution#link});
 *   <li>"link every claim" leaves a claim whose source would be anonymous, and says why (the service);
 *   <li>a merge ({@link #merge}): a claim keeps the reason it has; merging a source that is not anonymous, with
 *       claims linked to it, into an anonymous one is refused (the claims would rest on an anonymous source
 *       without anyone saying why): change the duplicate's kind first, which asks the reason;
 *   <li>a source's kind changed to anonymous in the registry ({@link #edit}): refused while claims linked to it
 *       have no reason, unless the edit gives one, which is then written on each of those claims' histories
 *       ({@link Attribution#anonymityGiven}).
 * </ul>
 * Claims linked before the rule (migration V16) have no reason and keep none: they are left as they are, and
 * a merge carries them along unchanged; the rule asks for a reason only when a claim comes to rest on an
 * anonymous source.
 */
public final class Anonymity {

    /** The question the sourcing screen asks. */
    public static final String QUESTION = "Why was anonymity granted?";

    public static final int REASON_MIN = 10;
    public static final int REASON_MAX = 1000;

    private Anonymity() {}

    /** The reason, stripped; {@link AnonymityReasonException} when missing, shorter than 10 or longer than 1000. */
    public static String reason(String given) {
        String r = given == null ? "" : given.strip();
        if (r.isEmpty()) {
            throw new AnonymityReasonException("The source is anonymous: say why anonymity was granted (" + REASON_MIN
                    + " to " + REASON_MAX + " characters).");
        }
        if (r.length() < REASON_MIN) {
            throw new AnonymityReasonException("The reason anonymity was granted is too short (" + r.length()
                    + (r.length() == 1 ? " character" : " characters") + "): say why in at least " + REASON_MIN
                    + ".");
        }
        if (r.length() > REASON_MAX) {
            throw new AnonymityReasonException("The reason anonymity was granted is too long (" + r.length()
                    + " characters): at most " + REASON_MAX + ".");
        }
        return r;
    }

    /** Whether linking to this source asks why anonymity was granted. */
    public static boolean asksReason(Source source) {
        return source != null && source.getKind() == SourceKind.ANONYMOUS;
    }

    /**
     * Edits a source's record ({@link Source#edit}); when the kind becomes anonymous, the claims linked to it
     * that have no reason get {@code reason}, or, without one, nothing is changed and the edit is refused.
     *
     * @param linked the attributions linked to the source (all stories)
     * @param reason why anonymity was granted; asked only when the kind becomes anonymous and claims lack one
     */
    public static List<SourceChange> edit(
            Source source, SourceEdit edit, String reason, List<Attribution> linked, Actor by, Instant now) {
        List<Attribution> without = List.of();
        String r = null;
        if (edit.kind() == SourceKind.ANONYMOUS && source.getKind() != SourceKind.ANONYMOUS) {
            without = linked.stream()
                    .filter(a -> a.getStatus() == AttributionStatus.LINKED
                            && source.getId() != null
                            && source.getId().equals(a.getSourceId())
                            && a.getAnonymityReason() == null)
                    .toList();
            if (!without.isEmpty()) {
                if (reason == null || reason.isBlank()) {
                    throw new AnonymityReasonException(without.size()
                            + (without.size() == 1
                                    ? " claim rests on this source; say why anonymity was granted before it becomes anonymous"
                                    : " claims rest on this source; say why anonymity was granted before it becomes anonymous")
                            + " (" + REASON_MIN + " to " + REASON_MAX
                            + " characters, written on each claim's history).");
                }
                r = reason(reason);
            }
        }
        List<SourceChange> changes = source.edit(edit, by, now);
        for (Attribution a : without) {
            a.anonymityGiven(source, r, by, now);
        }
        return changes;
    }

    /**
     * Merges the duplicate into the survivor ({@link Source#absorb}) and relinks the claims that rested on it;
     * each keeps its reason. Refused, with nothing changed, when claims without a reason would come to rest on
     * an anonymous survivor from a duplicate that is not anonymous.
     *
     * @param moving the attributions linked to the duplicate
     */
    public static MergePlan merge(
            Source survivor, Source duplicate, String note, List<Attribution> moving, Actor by, Instant now) {
        survivor.mergePlan(duplicate); // refuses a merge into itself or of a merged record before anything else
        long without = moving.stream()
                .filter(a -> a.relinkLacksReason(duplicate, survivor))
                .count();
        if (without > 0) {
            throw new AnonymityReasonException("\"" + survivor.getName() + "\" is anonymous and \""
                    + duplicate.getName()
                    + "\" is not: " + without + (without == 1 ? " claim" : " claims") + " would rest on an anonymous "
                    + "source without a reason why anonymity was granted. Change the kind of \"" + duplicate.getName()
                    + "\" to anonymous first (which asks the reason), then merge.");
        }
        MergePlan plan = survivor.absorb(duplicate, note, by, now);
        for (Attribution a : moving) {
            a.relink(duplicate, survivor, by, now);
        }
        return plan;
    }
}
