package org.copydesk.it.api;

import static org.copydesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.copydesk.it.Api;
import org.copydesk.it.DeskSession;
import org.copydesk.it.Desks;
import org.copydesk.it.ServerUrls;
import org.junit.jupiter.api.Test;

/**
 * {@code /preview/{id}} (DESIGN "Additions — Desk operations"): the public rendering of a story in any state, for the
 * desk and the story's reporter, marked as a preview, never kept by a cache nor indexed; readers are sent to sign
 * in, a reporter is refused another's story, and the preview leaves the readers' page untouched.
 */
class PreviewIT extends ApiTest {

    private static final String BANNER = "id=\"preview-banner\"";

    private static void assertPreview(HttpResponse<String> page, String headline) {
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains(BANNER), "marked as a preview");
        assertTrue(page.body().contains(headline), "the story's headline");
        assertTrue(
                page.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
                "never kept: " + page.headers().map());
        assertEquals(
                "noindex, nofollow", page.headers().firstValue("X-Robots-Tag").orElse(""));
        assertTrue(page.body().contains("<meta name=\"robots\" content=\"noindex, nofollow\""), "not indexed");
        assertFalse(page.body().contains("id=\"report\""), "no report form on a preview");
        assertFalse(page.body().contains("application/ld+json"), "no structured data for search engines");
    }

    @Test
    void theDeskAndTheReporterPreviewADraftThatReadersCannotSee() {
        String headline =
                "Preview of the harbour <plan> " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = reporter.postJson(
                "stories",
                Api.story(headline, "The council will vote on the harbour plan on Thursday, the mayor said."));
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).getJsonNumber("id").longValue();
        String slug = json(created).getString("slug");
        String escaped = headline.replace("<", "&lt;").replace(">", "&gt;");

        HttpResponse<String> own = DeskSession.signIn("reporter").get("preview/" + id);
        assertPreview(own, escaped);
        assertTrue(own.body().contains("not published: readers cannot see this page"), "the banner says so");
        assertTrue(own.body().contains("State: draft"), "the state in words");
        assertTrue(own.body().contains("Not published yet"));
        assertFalse(own.body().contains(headline), "the headline escaped, never raw HTML");
        assertPreview(DeskSession.signIn("copyeditor").get("preview/" + id), escaped);
        assertPreview(DeskSession.signIn("admin").get("preview/" + id), escaped);

        HttpResponse<String> reader = Api.anonymous()
                .send(HttpRequest.newBuilder(ServerUrls.base().resolve("read/" + slug))
                        .GET());
        assertEquals(404, reader.statusCode(), "readers still cannot see it");
        HttpResponse<String> anonymous = Api.anonymous()
                .send(HttpRequest.newBuilder(ServerUrls.base().resolve("preview/" + id))
                        .GET());
        assertFalse(anonymous.body().contains(BANNER), "no preview without signing in");
        assertTrue(
                anonymous.statusCode() == 302 || anonymous.body().contains("login:username"),
                "sent to sign in: " + anonymous.statusCode());
    }

    @Test
    void aReporterIsRefusedAnotherStorysPreviewAndAnUnknownOneIsNotFound() {
        String headline =
                "An editor's own story " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = editor.postJson("stories", Api.story(headline, "The bridge reopens."));
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).getJsonNumber("id").longValue();
        assertEquals(403, DeskSession.signIn("reporter").get("preview/" + id).statusCode());
        DeskSession editorsDesk = DeskSession.signIn("editor");
        assertPreview(editorsDesk.get("preview/" + id), headline);
        assertEquals(404, editorsDesk.get("preview/987654321").statusCode());
        assertEquals(404, editorsDesk.get("preview/abc").statusCode());
    }

    @Test
    void aPublishedStorysPreviewSaysItIsPublishedAndLeavesThePublicPageAlone() {
        String headline = "Ferry timetable " + UUID.randomUUID().toString().substring(0, 8);
        long id = Desks.published(headline, "The ferry leaves at nine from Monday.");
        HttpResponse<String> preview = DeskSession.signIn("editor").get("preview/" + id);
        assertPreview(preview, headline);
        assertTrue(preview.body().contains("this is the published story as readers see it"));
        String slug = json(editor.get("stories/" + id)).getString("slug");
        HttpResponse<String> page = Api.anonymous()
                .send(HttpRequest.newBuilder(ServerUrls.base().resolve("read/" + slug))
                        .GET());
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains(BANNER), "readers never see the banner");
        assertTrue(page.body().contains("id=\"report\""), "readers keep the report form");
    }
}
