package org.copydesk.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.copydesk.domain.sourcing.Source;

/**
 * Sources of the registry: people, organisations, media reports, videos, documents, with aliases and a
 * verification history whose last check is the source's status (an unverified source may have none).
 */
final class SourceFactory {

    private static final String[] OUTLETS = {
        "Reuters",
        "Yonhap",
        "Kyodo",
        "Xinhua",
        "TASS",
        "Interfax",
        "Kathimerini",
        "NHK",
        "Asahi Shimbun",
        "Le Monde",
        "Der Spiegel",
        "El Pais",
        "Associated Press",
        "Agence France-Presse",
        "BBC",
        "Al Jazeera"
    };

    private final TextGenerator text;
    private final Instant now;

    SourceFactory(TextGenerator text, Instant now) {
        this.text = text;
        this.now = now;
    }

    void write(long id, Random rnd, TableSink source, TableSink alias, TableSink check) {
        int k = rnd.nextInt(100);
        String kind;
        String name;
        String role;
        String reference = null;
        String person = text.pick("PERSON", rnd);
        String first = person.substring(0, person.indexOf(' '));
        String last = text.pick("PERSON", rnd);
        last = last.substring(last.lastIndexOf(' ') + 1);
        if (k < 55) {
            kind = "PERSON";
            name = first + " " + (char) ('A' + rnd.nextInt(26)) + ". " + last;
            role = "spokesperson for " + text.pick("ORG", rnd) + " in " + text.pick("PLACE", rnd);
            reference = "+1 555 " + (1000 + rnd.nextInt(9000));
        } else if (k < 75) {
            kind = "ORGANIZATION";
            String org = text.pick("ORG", rnd);
            name = Character.toUpperCase(org.charAt(0)) + org.substring(1) + " of " + text.pick("COUNTRY", rnd);
            role = null;
            reference = "https://example.org/press/" + id;
        } else if (k < 88) {
            kind = "MEDIA_REPORT";
            name = OUTLETS[rnd.nextInt(OUTLETS.length)] + " report from " + text.pick("PLACE", rnd);
            role = null;
            reference = "https://news.example.com/" + id;
        } else if (k < 93) {
            kind = "VIDEO";
            name = "Video filmed in " + text.pick("PLACE", rnd) + " #" + id;
            role = "posted on social media";
        } else if (k < 97) {
            kind = "DOCUMENT";
            name = "Statement of " + text.pick("ORG", rnd) + " #" + id;
            role = null;
        } else {
            kind = "ANONYMOUS";
            name = "An official familiar with the matter #" + id;
            role = "official at " + text.pick("ORG", rnd);
        }
        int s = rnd.nextInt(100);
        String status = s < 55 ? "VERIFIED" : s < 80 ? "UNVERIFIED" : s < 90 ? "DISPUTED" : "UNREACHABLE";
        int checks = status.equals("UNVERIFIED") ? rnd.nextInt(2) : 1 + rnd.nextInt(3);
        Instant at = now.minus(30 + rnd.nextInt(700), ChronoUnit.DAYS);
        String lastNote = null;
        String lastActor = null;
        Instant lastAt = null;
        String[] statuses = {"UNVERIFIED", "VERIFIED", "DISPUTED", "UNREACHABLE"};
        for (int c = 0; c < checks; c++) {
            String st = c == checks - 1 ? status : statuses[rnd.nextInt(statuses.length)];
            at = at.plus(1 + rnd.nextInt(48), ChronoUnit.HOURS);
            lastNote = switch (st) {
                case "VERIFIED" -> "Called back on the published number; confirmed.";
                case "DISPUTED" -> "Their office denies the statement.";
                case "UNREACHABLE" -> "No answer after three calls.";
                default -> "Awaiting confirmation.";
            };
            lastActor = StoryFactory.user("editor", 1 + rnd.nextInt(StoryFactory.EDITORS));
            lastAt = at;
            check.row(id, c, st, lastNote, lastActor, at);
        }
        Long merged = id > 10 && rnd.nextInt(100) == 0 ? 1 + (long) rnd.nextInt((int) id - 1) : null;
        source.row(
                id, name, Source.key(name), kind, role, reference, status, lastNote, lastActor, lastAt, merged, (long)
                        checks);
        if (kind.equals("PERSON")) {
            alias.row(id, first + " " + last);
            if (rnd.nextBoolean()) {
                alias.row(id, last);
            }
        } else if (kind.equals("ORGANIZATION") && rnd.nextBoolean()) {
            alias.row(id, name.replaceFirst(" of .*", ""));
        }
    }
}
