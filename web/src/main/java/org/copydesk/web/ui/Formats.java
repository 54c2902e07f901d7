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

    public Formats() {
        ZoneId zone = ZoneId.of(System.getProperty("copydesk.timezone", "UTC"));
        dateTime = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(zone);
        date = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(zone);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    public String join(java.util.Collection<String> parts, String separator) {
        return parts == null ? "" : String.join(separator, parts);
    }

    public String date(Instant instant) {
        return instant == null ? "" : date.format(instant);
    }
}
