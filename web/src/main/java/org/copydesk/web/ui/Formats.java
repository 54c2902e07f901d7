package org.copydesk.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

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

    public Formats() {
        ZoneId zone = ZoneId.of(System.getProperty("copydesk.timezone", "UTC"));
        dateTime = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(zone);
        date = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(zone);
        time = DateTimeFormatter.ofPattern("HH:mm", Locale.UK).withZone(zone);
        precise = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.UK).withZone(zone);
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
}
