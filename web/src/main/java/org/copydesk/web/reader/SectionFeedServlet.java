package org.copydesk.web.reader;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.copydesk.application.SectionService;
import org.copydesk.application.StoryQueries;
import org.copydesk.domain.story.PublishedEntry;
import org.copydesk.domain.story.Slugs;

/**
 * {@code /sections/{slug}.atom}: a section's newest published stories as an Atom feed (Rome), for readers'
 * apps and aggregators. The slug is the section's name as a URL slug ("World news" → {@code world-news});
 * an unknown one is a 404. Retracted stories leave the feed.
 */
@WebServlet("/sections/*")
public class SectionFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int ENTRIES = 50;

    @Inject
    transient SectionService sections;

    @Inject
    transient StoryQueries stories;

    /** The address of a section's feed, below the application's. */
    public static String address(String section) {
        return "/sections/" + Slugs.of(section) + ".atom";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Optional<String> section = path == null || !path.endsWith(".atom")
                ? Optional.empty()
                : sections.allNames().stream()
                        .filter(name -> address(name).equals("/sections" + path))
                        .findFirst();
        if (section.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String base = Feeds.base(request);
        List<PublishedEntry> newest = stories.newest(section.get(), null, ENTRIES);

        Feed feed = new Feed("atom_1.0");
        feed.setId(base + address(section.get()));
        feed.setTitle(section.get() + " · Copydesk News");
        feed.setOtherLinks(List.of(Feeds.link(base + address(section.get()), "self")));
        feed.setUpdated(newest.isEmpty() ? new Date(0) : Date.from(newest.get(0).publishedAt()));
        List<Entry> entries = new ArrayList<>();
        for (PublishedEntry story : newest) {
            Entry entry = new Entry();
            entry.setId(base + "/read/" + story.slug());
            entry.setTitle(story.headline());
            entry.setPublished(Date.from(story.publishedAt()));
            entry.setUpdated(Date.from(story.updatedAt()));
            entry.setAlternateLinks(List.of(Feeds.link(base + "/read/" + story.slug(), "alternate")));
            if (story.standfirst() != null && !story.standfirst().isBlank()) {
                Content summary = new Content();
                summary.setType("text");
                summary.setValue(story.standfirst());
                entry.setSummary(summary);
            }
            entries.add(entry);
        }
        feed.setEntries(entries);

        response.setContentType("application/atom+xml;charset=UTF-8");
        PublicCaching.shared(response);
        try {
            new WireFeedOutput().output(feed, response.getWriter());
        } catch (FeedException e) {
            throw new IOException("The feed of " + section.get() + " could not be written", e);
        }
    }
}
