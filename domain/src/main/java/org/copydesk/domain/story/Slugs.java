package org.copydesk.domain.story;

import java.text.Normalizer;
import java.util.Locale;

/** Turns a headline into a URL slug: lower-case ASCII words joined by hyphens, at most 80 characters. */
public final class Slugs {

    static final int MAX_LENGTH = 80;

    private Slugs() {}

    public static String of(String headline) {
        String ascii = Normalizer.normalize(headline, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[’'`]", "")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            int lastHyphen = slug.lastIndexOf('-');
            if (lastHyphen > MAX_LENGTH / 2) {
                slug = slug.substring(0, lastHyphen);
            }
        }
        return slug.isEmpty() ? "story" : slug;
    }
}
