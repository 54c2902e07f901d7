package org.copydesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.copydesk.domain.workflow.StoryState;

/**
 * How pages show dates: in the newsroom's time zone (system property {@code copydesk.timezone},
 * UTC by default), e.g. "25 Nov 2026, 14:05".
 */
@Named
@ApplicationScoped
public class Formats {

    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final DateTimeFormatter precise;
    private final DateTimeFormatter time;
    private final ZoneId zone;

    public Formats() {
        zone = ZoneId.of(System.getProperty("copydesk.timezone", "UTC"));
        dateTime = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(zone);
        date = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(zone);
        time = DateTimeFormatter.ofPattern("HH:mm", Locale.UK).withZone(zone);
        precise =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.UK).withZone(zone);
    }

    /** The newsroom's time zone, in which people type times too. */
    public ZoneId zone() {
        return zone;
    }

    /** What a zone is called on a page: "UTC", "Europe/London". */
    public String getZoneName() {
        return zone.getId();
    }

    /** A span of days as instants: {@code from}'s first moment (inclusive), the day after {@code to}'s (exclusive). */
    public record Days(Instant from, Instant before) {}

    /**
     * Days typed or sent as yyyy-MM-dd (either may be blank), read in the newsroom's zone; refused (an
     * IllegalArgumentException saying why) when one is not a date or {@code from} comes after {@code to}.
     */
    public Days days(String from, String to) {
        java.time.LocalDate first = day(from, "from");
        java.time.LocalDate last = day(to, "to");
        if (first != null && last != null && first.isAfter(last)) {
            throw new IllegalArgumentException("from (" + first + ") comes after to (" + last + ").");
        }
        return new Days(
                first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private static java.time.LocalDate day(String typed, String name) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(typed.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(name + " “" + typed.strip() + "” is not a date such as 2026-12-07.");
        }
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    /** To the second with the zone, for audit records: "2026-11-26 01:02:03 UTC". */
    public String precise(Instant instant) {
        return instant == null ? "" : precise.format(instant);
    }

    /** The time of day, for what happened today: "14:02". */
    public String time(Instant instant) {
        return instant == null ? "" : time.format(instant);
    }

    public String join(java.util.Collection<String> parts, String separator) {
        return parts == null ? "" : String.join(separator, parts);
    }

    public String date(Instant instant) {
        return instant == null ? "" : date.format(instant);
    }

    /** Where a story is, as a sentence says it: "sourcing review", "the Spiked queue". */
    public static String state(StoryState state) {
        return switch (state) {
            case DRAFT -> "draft";
            case SOURCING_REVIEW -> "sourcing review";
            case COPY_EDIT -> "copy edit";
            case READY -> "ready";
            case PUBLISHED -> "published";
            case RETRACTED -> "retracted";
            case SPIKED -> "the Spiked queue";
        };
    }
}
