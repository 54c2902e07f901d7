package org.copydesk.web.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import org.copydesk.application.CorrectionView;
import org.copydesk.application.MediaService.MediaView;
import org.copydesk.application.StoryDetails;
import org.copydesk.application.StoryDetails.BlockView;
import org.copydesk.domain.story.BlockType;
import org.copydesk.domain.story.Marks;
import org.copydesk.domain.story.Slugs;
import org.copydesk.domain.workflow.StoryState;
import org.jsoup.nodes.Entities;

/**
 * A story as an IPTC ninjs 2.2 news item (News in JSON), for partners and apps: the headline, the standfirst,
 * the body as HTML and as plain text, the byline, the sections as subjects, the pictures as associated picture
 * items with their renditions, and the dated correction notices. Pure: everything it needs is passed in.
 *
 * <ul>
 *   <li>{@code uri} is the story's public address ({@code {base}/read/{slug}}), which never changes; {@code version}
 *       is the revision, {@code versioncreated} when it was saved.
 *   <li>{@code pubstatus}: {@code usable} once published, {@code canceled} once retracted, {@code withheld}
 *       before (a desk user may read a draft's item; nothing unpublished reaches a reader).
 *   <li>Correction notices are {@code descriptions} with role {@code correction} ("Correction, 7 December 2026:
 *       ..."), as on the public page; the corrections log is the item's {@code trustindicators} entry.
 * </ul>
 */
public final class Ninjs {

    /** The version of ninjs the items follow, and the schema they validate against. */
    public static final String VERSION = "2.2";

    public static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json";
    /** schema.org's name for a publisher's corrections policy: what the trust indicator links to. */
    static final String CORRECTIONS_POLICY = "https://schema.org/correctionsPolicy";

    private static final DateTimeFormatter NOTICE_DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Ninjs() {}

    /**
     * The item for {@code story}.
     *
     * @param base    the site's address as readers reach it, {@code https://news.example/copydesk}
     * @param notices the story's public correction notices, oldest first
     * @param media   a picture's details by id (for the picture blocks' renditions)
     */
    public static JsonObject item(
            StoryDetails story, List<CorrectionView> notices, String base, LongFunction<MediaView> media) {
        JsonObjectBuilder item = Json.createObjectBuilder()
                .add("uri", base + "/read/" + story.slug())
                .add(
                        "standard",
                        Json.createObjectBuilder()
                                .add("name", "ninjs")
                                .add("version", VERSION)
                                .add("schema", SCHEMA))
                .add("type", "text")
                .add("representationtype", "full")
                .add("profile", "copydesk-story")
                .add("version", String.valueOf(story.revision()))
                .add("firstcreated", story.createdAt().toString())
                .add("versioncreated", story.updatedAt().toString())
                .add("pubstatus", pubstatus(story.state()))
                .add("language", "en")
                .add("slugline", story.slug())
                .add("headlines", Json.createArrayBuilder().add(text("main", "text/plain", story.headline())));
        JsonArrayBuilder descriptions = Json.createArrayBuilder();
        if (!blank(story.standfirst())) {
            descriptions.add(text("summary", "text/plain", story.standfirst()));
        }
        for (CorrectionView n : notices) {
            descriptions.add(text("correction", "text/plain", notice(n)));
        }
        if (!blank(story.standfirst()) || !notices.isEmpty()) {
            item.add("descriptions", descriptions);
        }
        String plain = plainText(story.blocks());
        item.add(
                "bodies",
                Json.createArrayBuilder()
                        .add(body("main", "text/html", html(story.blocks(), base), plain))
                        .add(body("plain", "text/plain", plain, plain)));
        if (!blank(story.byline())) {
            item.add("by", story.byline());
        }
        if (story.embargoUntil() != null) {
            // ninjs's own field: partners may hold the item until then (a story is never published before it)
            item.add("embargoed", story.embargoUntil().toString());
        }
        item.add(
                "altids",
                Json.createArrayBuilder()
                        .add(Json.createObjectBuilder()
                                .add("role", "copydesk-id")
                                .add("value", String.valueOf(story.id()))));
        if (!story.sections().isEmpty()) {
            JsonArrayBuilder subjects = Json.createArrayBuilder();
            for (String section : story.sections()) {
                subjects.add(Json.createObjectBuilder()
                        .add("name", section)
                        .add("rel", "section")
                        .add("uri", base + "/sections/" + Slugs.of(section) + ".atom"));
            }
            item.add("subjects", subjects);
        }
        JsonArrayBuilder pictures = Json.createArrayBuilder();
        int count = 0;
        for (BlockView b : story.blocks()) {
            if (b.type() == BlockType.IMAGE && b.mediaId() != null) {
                pictures.add(picture(++count, b, media.apply(b.mediaId()), base));
            }
        }
        if (count > 0) {
            item.add("associations", pictures);
        }
        item.add(
                "trustindicators",
                Json.createArrayBuilder()
                        .add(Json.createObjectBuilder()
                                .add("role", CORRECTIONS_POLICY)
                                .add("title", "Corrections log")
                                .add("href", base + "/corrections")));
        return item.build();
    }

    static String pubstatus(StoryState state) {
        return switch (state) {
            case PUBLISHED -> "usable";
            case RETRACTED -> "canceled";
            default -> "withheld";
        };
    }

    /** "Correction, 7 December 2026: the notice", as the public page words it. */
    static String notice(CorrectionView n) {
        String when = n.decidedAt() == null ? "" : ", " + NOTICE_DATE.format(n.decidedAt());
        return n.kind().label() + when + ": " + (blank(n.notice()) ? n.kind().label() : n.notice());
    }

    /** A picture block as an associated picture item: its caption, credit and alt text, and every rendition. */
    private static JsonObject picture(int number, BlockView block, MediaView m, String base) {
        String address = base + "/media/" + m.id();
        JsonObjectBuilder picture = Json.createObjectBuilder()
                .add("name", "picture" + number)
                .add("uri", address)
                .add("type", "picture")
                .add("headlines", Json.createArrayBuilder().add(text("caption", "text/plain", block.getCaption())));
        if (!blank(block.alt())) {
            picture.add("descriptions", Json.createArrayBuilder().add(text("alt", "text/plain", block.alt())));
        }
        String credit = blank(block.getCredit()) ? m.credit() : block.getCredit();
        if (!blank(credit)) {
            picture.add("by", credit).add("copyrightholder", credit);
        }
        JsonArrayBuilder renditions = Json.createArrayBuilder();
        List<Integer> widths = m.widths().isEmpty() ? List.of(m.width()) : m.widths();
        for (int w : widths) {
            renditions.add(Json.createObjectBuilder()
                    .add("name", "w" + w)
                    .add("href", address + "?w=" + w)
                    .add("width", w)
                    .add("height", Math.max(1, Math.round((float) m.height() * w / m.width()))));
        }
        return picture.add("renditions", renditions).build();
    }

    /** The body as HTML: paragraphs, subheadings, quotes, lists and figures, every text escaped. */
    static String html(List<BlockView> blocks, String base) {
        StringBuilder html = new StringBuilder();
        for (BlockView b : blocks) {
            switch (b.type()) {
                case LIST -> {
                    html.append("<ul>");
                    for (List<Marks.Run> item : b.itemRuns()) {
                        html.append("<li>");
                        runs(html, item);
                        html.append("</li>");
                    }
                    html.append("</ul>");
                }
                case IMAGE ->
                    html.append("<figure><img src=\"")
                            .append(escape(base + "/media/" + b.mediaId()))
                            .append("\" alt=\"")
                            .append(escape(b.alt() == null ? "" : b.alt()))
                            .append("\"/><figcaption>")
                            .append(escape(b.text()))
                            .append("</figcaption></figure>");
                default -> {
                    String tag =
                            switch (b.type()) {
                                case SUBHEADING -> "h2";
                                case QUOTE -> "blockquote";
                                case CAPTION -> "figcaption";
                                default -> "p";
                            };
                    html.append('<').append(tag).append('>');
                    runs(html, b.runs());
                    html.append("</").append(tag).append('>');
                }
            }
        }
        return html.toString();
    }

    private static void runs(StringBuilder html, List<Marks.Run> runs) {
        for (Marks.Run r : runs) {
            if (r.href() != null) {
                html.append("<a href=\"").append(escape(r.href())).append("\">");
            }
            html.append(r.bold() ? "<strong>" : "")
                    .append(r.italic() ? "<em>" : "")
                    .append(escape(r.text()))
                    .append(r.italic() ? "</em>" : "")
                    .append(r.bold() ? "</strong>" : "");
            if (r.href() != null) {
                html.append("</a>");
            }
        }
    }

    /** The body as plain text: a block a paragraph, separated by an empty line. */
    static String plainText(List<BlockView> blocks) {
        StringBuilder text = new StringBuilder();
        for (BlockView b : blocks) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(b.text());
        }
        return text.toString();
    }

    private static JsonObject body(String role, String type, String value, String plain) {
        return Json.createObjectBuilder()
                .add("role", role)
                .add("contenttype", type)
                .add("charcount", plain.length())
                .add("wordcount", words(plain))
                .add("value", value)
                .build();
    }

    private static JsonObject text(String role, String type, String value) {
        return Json.createObjectBuilder()
                .add("role", role)
                .add("contenttype", type)
                .add("value", value)
                .build();
    }

    static int words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Escaped for HTML text and for a quoted attribute (jsoup escapes both quotes as well). */
    static String escape(String s) {
        return Entities.escape(s);
    }
}
