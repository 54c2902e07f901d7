package org.copydesk.it.api;

import static org.copydesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.copydesk.it.Api;
import org.copydesk.it.Desks;
import org.copydesk.it.ServerUrls;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The readers' feeds (DESIGN "Additions — Delivery"): the news sitemap of the last 48 hours and a feed per
 * section, both well-formed XML a shared cache may keep; a published story is in the sitemap and in its
 * sections' feeds only, a retracted one leaves both, an unknown section is a 404.
 */
class PublicFeedsIT extends ApiTest {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private long published(String headline, String standfirst, String... sections) {
        var body = Json.createObjectBuilder()
                .add("headline", headline)
                .add("standfirst", standfirst)
                .add("sections", Json.createArrayBuilder(List.of(sections)))
                .add(
                        "blocks",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("type", "PARAGRAPH")
                                        .add("text", "The line opened on Sunday with free rides for the first day.")));
        HttpResponse<String> created = reporter.postJson("stories", body.build().toString());
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).getJsonNumber("id").longValue();
        Desks.toCopyDesk(id);
        Desks.signOffAndPublish(id);
        return id;
    }

    private static HttpResponse<String> fetch(String path) {
        return Api.anonymous()
                .send(HttpRequest.newBuilder(ServerUrls.base().resolve(path)).GET());
    }

    private static Document xml(HttpResponse<String> response) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(response.body())));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + response.body(), e);
        }
    }

    private static String text(Element parent, String namespace, String name) {
        NodeList found = parent.getElementsByTagNameNS(namespace, name);
        return found.getLength() == 0 ? null : found.item(0).getTextContent();
    }

    private static List<Element> children(Document doc, String namespace, String name) {
        NodeList found = doc.getElementsByTagNameNS(namespace, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            elements.add((Element) found.item(i));
        }
        return elements;
    }

    private static void assertShared(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        String cacheControl = response.headers().firstValue("Cache-Control").orElse("");
        assertTrue(cacheControl.contains("public") && cacheControl.contains("s-maxage="), cacheControl);
    }

    @Test
    void aPublishedStoryIsInTheSitemapAndItsSectionsFeedsUntilItIsRetracted() {
        String headline = "Tokyo opens metro line & airport link "
                + UUID.randomUUID().toString().substring(0, 8);
        Instant before = Instant.now().minusSeconds(2);
        long id = published(headline, "The line links the airport with the city centre.", "World News", "Japan");
        String slug = json(reporter.get("stories/" + id)).getString("slug");
        String address = ServerUrls.base().resolve("read/" + slug).toString();

        HttpResponse<String> sitemap = fetch("sitemap-news.xml");
        assertShared(sitemap);
        assertTrue(sitemap.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
        Document doc = xml(sitemap);
        assertEquals("urlset", doc.getDocumentElement().getLocalName());
        assertEquals(SITEMAP, doc.getDocumentElement().getNamespaceURI());
        Element url = children(doc, SITEMAP, "url").stream()
                .filter(u -> address.equals(text(u, SITEMAP, "loc")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not in the sitemap: " + sitemap.body()));
        assertEquals(headline, text(url, NEWS, "title"), "the headline, & and all");
        assertEquals("Copydesk News", text(url, NEWS, "name"));
        assertEquals("en", text(url, NEWS, "language"));
        Instant published = Instant.parse(text(url, NEWS, "publication_date"));
        assertTrue(
                !published.isBefore(before.minus(Duration.ofSeconds(1))) && !published.isAfter(Instant.now()),
                published.toString());

        for (String feed : new String[] {"sections/japan.atom", "sections/world-news.atom"}) {
            HttpResponse<String> atom = fetch(feed);
            assertShared(atom);
            Document entries = xml(atom);
            assertTrue(
                    children(entries, ATOM, "entry").stream()
                            .anyMatch(e -> headline.equals(text(e, ATOM, "title"))
                                    && "The line links the airport with the city centre."
                                            .equals(text(e, ATOM, "summary"))),
                    feed + ": " + atom.body());
        }
        HttpResponse<String> sport = fetch("sections/sport.atom");
        assertEquals(200, sport.statusCode());
        assertFalse(sport.body().contains(headline), "not in a section it is not in");
        assertEquals(404, fetch("sections/no-such-section.atom").statusCode());
        assertEquals(404, fetch("sections/japan").statusCode());

        HttpResponse<String> retracted = Desks.move(editor, id, "RETRACTED", "The line has not opened yet.");
        assertEquals(200, retracted.statusCode(), retracted.body());
        assertFalse(fetch("sitemap-news.xml").body().contains(address), "a retracted story leaves the sitemap");
        assertFalse(fetch("sections/japan.atom").body().contains(headline), "and its sections' feeds");
    }
}
