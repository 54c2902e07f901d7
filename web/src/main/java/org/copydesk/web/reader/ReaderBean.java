package org.copydesk.web.reader;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.copydesk.application.CorrectionService;
import org.copydesk.application.CorrectionView;
import org.copydesk.application.NotFoundException;
import org.copydesk.application.StoryDetails;
import org.copydesk.application.StoryQueries;
import org.copydesk.web.Formats;

/**
 * The public page of a published story, {@code /read/{slug}}: the story, its dated correction notices
 * (also as schema.org CorrectionComment JSON-LD), and a form to report an error (taken by
 * {@link ReadServlet#doPost}, whose outcome this bean shows). Anything unpublished is not found — except in a
 * desk preview ({@link PreviewServlet}), which shows the story in any state, marked as a preview.
 */
@Named
@RequestScoped
public class ReaderBean {

    @Inject
    StoryQueries queries;

    @Inject
    CorrectionService corrections;

    @Inject
    Formats formats;

    @Inject
    HttpServletRequest request;

    @Inject
    org.copydesk.application.MediaService media;

    private final java.util.Map<Long, Figure> figures = new java.util.HashMap<>();

    private String slug;
    private StoryDetails story;
    /** A preview for the desk ({@link PreviewServlet}): any state, marked, no report form, no structured data. */
    private boolean preview;

    private List<CorrectionView> notices = List.of();
    private String report;
    private String contact;
    private boolean reported;
    private String reportError;

    public void load() throws IOException {
        if (request.getAttribute(PreviewServlet.PREVIEW) instanceof StoryDetails previewed) {
            story = previewed;
            preview = true;
            notices = corrections.notices(story.id());
            return;
        }
        try {
            story = slug == null ? null : queries.published(slug);
        } catch (NotFoundException e) {
            story = null;
        }
        if (story == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "No published story here");
            faces.responseComplete();
            return;
        }
        notices = corrections.notices(story.id());
        if ("GET".equals(request.getMethod())) {
            request.setAttribute(ReadServlet.RENDERED_STORY, story.id());
        } else if (request.getAttribute(ReadServlet.REPORT_OUTCOME) instanceof ReadServlet.ReportOutcome outcome) {
            reported = outcome.error() == null;
            reportError = outcome.error();
            report = reported ? null : outcome.text();
            contact = reported ? null : outcome.contact();
        }
    }

    /** schema.org NewsArticle with its corrections, for search engines; safe inside a script element. */
    public String getJsonLd() {
        if (story == null || preview) {
            return "";
        }
        JsonArrayBuilder comments = Json.createArrayBuilder();
        for (CorrectionView n : notices) {
            comments.add(Json.createObjectBuilder()
                    .add("@type", "CorrectionComment")
                    .add("text", n.notice() == null ? n.kind().label() : n.notice())
                    .add("datePublished", n.decidedAt().toString()));
        }
        JsonArrayBuilder images = Json.createArrayBuilder();
        for (StoryDetails.BlockView b : story.blocks()) {
            if (b.type() == org.copydesk.domain.story.BlockType.IMAGE) {
                Figure f = figure(b);
                images.add(Json.createObjectBuilder()
                        .add("@type", "ImageObject")
                        .add("url", absolute(f.src()))
                        .add("width", f.width())
                        .add("height", f.height())
                        .add("caption", b.text())
                        .add("creditText", b.getCredit() == null ? "" : b.getCredit()));
            }
        }
        var article = Json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "NewsArticle")
                .add("headline", story.headline())
                .add("image", images)
                .add(
                        "datePublished",
                        story.publishedAt() == null ? "" : story.publishedAt().toString())
                .add("dateModified", story.updatedAt().toString())
                .add("correction", comments);
        return article.build().toString().replace("</", "<\\/").replace("<!--", "<\\!--");
    }

    /** A picture as the page shows it: a rendition, the {@code srcset} of all, and its size (no layout shift). */
    public record Figure(String src, String srcset, int width, int height) {}

    /** The page's figure for a picture block (its renditions read once per page). */
    public Figure figure(StoryDetails.BlockView block) {
        return figures.computeIfAbsent(block.mediaId(), id -> {
            org.copydesk.application.MediaService.MediaView m = media.find(id);
            String base = request.getContextPath() + "/media/" + id + "?w=";
            List<Integer> widths = m.widths();
            int largest = widths.isEmpty() ? m.width() : widths.get(widths.size() - 1);
            int shown = widths.stream().filter(w -> w >= 1024).findFirst().orElse(largest);
            String srcset = String.join(
                    ", ", widths.stream().map(w -> base + w + " " + w + "w").toList());
            return new Figure(base + shown, srcset, m.width(), m.height());
        });
    }

    private String absolute(String path) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean usual = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return scheme + "://" + request.getServerName() + (usual ? "" : ":" + port) + path;
    }

    public String noticeLine(CorrectionView n) {
        return n.kind().label() + ", " + formats.date(n.decidedAt()) + ": ";
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public boolean isPreview() {
        return preview;
    }

    /** The story's state in words, for the preview's banner. */
    public String getStateLabel() {
        return story == null ? "" : Formats.state(story.state());
    }

    public StoryDetails getStory() {
        return story;
    }

    public List<CorrectionView> getNotices() {
        return notices;
    }

    public String getReport() {
        return report;
    }

    public void setReport(String report) {
        this.report = report;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public boolean isReported() {
        return reported;
    }

    public String getReportError() {
        return reportError;
    }
}
