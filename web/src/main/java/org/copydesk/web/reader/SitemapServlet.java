package org.copydesk.web.reader;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.copydesk.application.StoryQueries;
import org.copydesk.domain.story.PublishedEntry;

/**
 * {@code /sitemap-news.xml}: a news sitemap (the sitemaps.org 0.9 schema with the news extension) of the stories
 * published in the last {@link #WINDOW}, at most {@link #MAX_URLS}, newest first: each with its address, the
 * publication's name and language, the publication time and the headline. Retracted stories leave it.
 */
@WebServlet("/sitemap-news.xml")
public class SitemapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final Duration WINDOW = Duration.ofHours(48);
    static final int MAX_URLS = 1_000;
    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    static final String PUBLICATION = "Copydesk News";

    @Inject
    transient StoryQueries stories;

    private final transient Clock clock = Clock.systemUTC();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = Feeds.base(request);
        var recent = stories.newest(null, clock.instant().minus(WINDOW), MAX_URLS);
        response.setContentType("application/xml;charset=UTF-8");
        PublicCaching.shared(response);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(response.getWriter());
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(SITEMAP);
            xml.setPrefix("news", NEWS);
            xml.writeStartElement(SITEMAP, "urlset");
            xml.writeDefaultNamespace(SITEMAP);
            xml.writeNamespace("news", NEWS);
            for (PublishedEntry story : recent) {
                xml.writeStartElement(SITEMAP, "url");
                element(xml, SITEMAP, "loc", base + "/read/" + story.slug());
                xml.writeStartElement(NEWS, "news");
                xml.writeStartElement(NEWS, "publication");
                element(xml, NEWS, "name", PUBLICATION);
                element(xml, NEWS, "language", "en");
                xml.writeEndElement();
                element(
                        xml,
                        NEWS,
                        "publication_date",
                        story.publishedAt().truncatedTo(ChronoUnit.SECONDS).toString());
                element(xml, NEWS, "title", story.headline());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("The news sitemap could not be written", e);
        }
    }

    private static void element(XMLStreamWriter xml, String namespace, String name, String text)
            throws XMLStreamException {
        xml.writeStartElement(namespace, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
