package org.copydesk.domain.story;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An inline mark over {@code [start, end)} of a block's text: bold, italic or a link. Marks sit beside
 * the text and never change it, so attribution, finding, diff and correction offsets into the text stay
 * as they are. A link's address is {@code http}, {@code https} or {@code mailto}, nothing else.
 */
public record Mark(MarkType type, int start, int end, String href) implements Serializable {

    public static final int HREF_MAX = 2_000;
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

    public Mark {
        Objects.requireNonNull(type, "mark type");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("A " + type.name().toLowerCase(Locale.ROOT) + " mark must cover at "
                    + "least one character (start " + start + ", end " + end + ").");
        }
        if (type == MarkType.LINK) {
            href = checkedHref(href);
        } else if (href != null && !href.isBlank()) {
            throw new IllegalArgumentException(
                    "Only a link has an address; a " + type.name().toLowerCase(Locale.ROOT) + " mark has none.");
        } else {
            href = null;
        }
    }

    public static Mark bold(int start, int end) {
        return new Mark(MarkType.BOLD, start, end, null);
    }

    public static Mark italic(int start, int end) {
        return new Mark(MarkType.ITALIC, start, end, null);
    }

    public static Mark link(int start, int end, String href) {
        return new Mark(MarkType.LINK, start, end, href);
    }

    /** This mark {@code by} characters further on (text put before it). */
    public Mark shifted(int by) {
        return new Mark(type, start + by, end + by, href);
    }

    Mark moved(int newStart, int newEnd) {
        return new Mark(type, newStart, newEnd, href);
    }

    /**
     * A link's address, checked: an absolute {@code http(s)} address with a host, or {@code mailto:}; no
     * spaces or control characters. {@code javascript:}, {@code data:} and the like are refused.
     */
    public static String checkedHref(String href) {
        if (href == null || href.isBlank()) {
            throw new IllegalArgumentException("A link needs an address.");
        }
        String h = href.strip();
        if (h.length() > HREF_MAX) {
            throw new IllegalArgumentException("A link's address is longer than " + HREF_MAX + " characters.");
        }
        if (h.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new IllegalArgumentException("A link's address has a space or a control character in it: " + h);
        }
        URI uri;
        try {
            uri = new URI(h);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("“" + h + "” is not a web address (" + e.getReason() + ").");
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null || !SCHEMES.contains(scheme)) {
            throw new IllegalArgumentException(
                    "A link must start with http://, https:// or mailto: — “" + h + "” does not.");
        }
        if (!"mailto".equals(scheme) && (uri.getHost() == null || uri.getHost().isBlank())) {
            throw new IllegalArgumentException("“" + h + "” names no site.");
        }
        return h;
    }
}
