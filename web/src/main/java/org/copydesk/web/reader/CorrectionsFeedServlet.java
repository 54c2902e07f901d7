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
import org.copydesk.application.CorrectionService;
import org.copydesk.application.CorrectionView;

/** {@code /corrections.atom}: the newest applied corrections as an Atom feed, built with Rome. */
@WebServlet("/corrections.atom")
public class CorrectionsFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int ENTRIES = 50;

    @Inject
    CorrectionService corrections;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = Feeds.base(request);
        List<CorrectionView> log = corrections.log(0, ENTRIES).items();

        Feed feed = new Feed("atom_1.0");
        feed.setId(base + "/corrections");
        feed.setTitle("Copydesk corrections");
        feed.setAlternateLinks(List.of(Feeds.link(base + "/corrections", "alternate")));
        feed.setOtherLinks(List.of(Feeds.link(base + "/corrections.atom", "self")));
        feed.setUpdated(log.isEmpty() ? new Date(0) : Date.from(log.get(0).decidedAt()));

        List<Entry> entries = new ArrayList<>();
        for (CorrectionView c : log) {
            Entry entry = new Entry();
            entry.setId(base + "/corrections#correction-" + c.id());
            entry.setTitle(c.kind().label() + ": " + c.storyHeadline());
            entry.setUpdated(Date.from(c.decidedAt()));
            entry.setPublished(Date.from(c.decidedAt()));
            entry.setAlternateLinks(List.of(Feeds.link(base + "/read/" + c.storySlug(), "alternate")));
            Content summary = new Content();
            summary.setType("text");
            summary.setValue((c.notice() == null ? c.reason() : c.notice()) + " (\"" + c.before() + "\" → \""
                    + c.after() + "\")");
            entry.setSummary(summary);
            entries.add(entry);
        }
        feed.setEntries(entries);

        response.setContentType("application/atom+xml;charset=UTF-8");
        org.copydesk.web.reader.PublicCaching.shared(response);
        try {
            new WireFeedOutput().output(feed, response.getWriter());
        } catch (FeedException e) {
            throw new IOException("The corrections feed could not be written", e);
        }
    }
}
