package org.copydesk.web.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrontCacheTest {

    @Test
    void aStorysChangeShowsOnItsPageTheLogTheSitemapAndItsSectionsFeeds() {
        assertEquals(
                List.of(
                        "/read/chine-mobilizes",
                        "/corrections",
                        "/corrections.atom",
                        "/sitemap-news.xml",
                        "/sections/world.atom",
                        "/sections/north-korea.atom"),
                FrontCache.addresses("chine-mobilizes", List.of("World", "North Korea")));
        assertEquals(
                List.of("/corrections", "/corrections.atom", "/sitemap-news.xml"),
                FrontCache.addresses(null, List.of()));
    }

    @Test
    void aRefreshNeedsTheConfiguredSecret() {
        String before = System.getProperty(FrontCache.SECRET);
        try {
            System.clearProperty(FrontCache.SECRET);
            assertFalse(FrontCache.isRefresh("anything"));
            System.setProperty(FrontCache.SECRET, "s3cret");
            assertTrue(FrontCache.isRefresh("s3cret"));
            assertFalse(FrontCache.isRefresh("s3cre"));
            assertFalse(FrontCache.isRefresh(null));
        } finally {
            if (before == null) {
                System.clearProperty(FrontCache.SECRET);
            } else {
                System.setProperty(FrontCache.SECRET, before);
            }
        }
    }
}
