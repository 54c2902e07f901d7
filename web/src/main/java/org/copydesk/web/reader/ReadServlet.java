package org.copydesk.web.reader;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.copydesk.application.CorrectionService;
import org.copydesk.application.NotFoundException;
import org.copydesk.application.TooManyReportsException;

/**
 * Serves the readers' address {@code /read/{slug}} with the Faces page {@code /read.xhtml}, rendered once
 * and then answered from {@link PublicPageCache} until the story changes (the page is stateless and the
 * same for every reader). Answers carry an ETag (a matching {@code If-None-Match} gets 304) and a
 * {@code Cache-Control} a front cache can use ({@link PublicCaching}); a front cache's refresh
 * ({@link FrontCache}) renders the page afresh.
 */
@WebServlet("/read/*")
public class ReadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,120}");
    /** Set by {@link ReaderBean} when it rendered a published story: the page may be kept. */
    static final String RENDERED_STORY = "copydesk.read.story";

    /** Set by {@link #doPost} for {@link ReaderBean}: what became of a reader's report. */
    static final String REPORT_OUTCOME = "copydesk.read.report";

    /** A report's outcome: {@code error} is null when it was taken; the text comes back when it was not. */
    record ReportOutcome(String error, String text, String contact) {}

    @Inject
    transient PublicPageCache cache;

    @Inject
    transient CorrectionService corrections;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo();
        String slug = path == null ? "" : path.substring(1);
        if (!SLUG.matcher(slug).matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean refresh = FrontCache.isRefresh(request.getHeader(FrontCache.HEADER));
        PublicPageCache.Page page = refresh ? null : cache.get(slug);
        if (page != null) {
            send(page, request, response, "hit");
            return;
        }
        boolean hadSession = request.getSession(false) != null;
        // before the page is rendered: a "not found" is sent from inside it, and a retracted story's "not found"
        // must replace its page in a front cache as a new page would
        PublicCaching.shared(response);
        Capture capture = new Capture(response);
        request.getRequestDispatcher("/read.xhtml?slug=" + URLEncoder.encode(slug, StandardCharsets.UTF_8))
                .forward(request, capture);
        byte[] body = capture.body();
        Object story = request.getAttribute(RENDERED_STORY);
        boolean sessionMade = !hadSession && request.getSession(false) != null;
        if (capture.getStatus() == HttpServletResponse.SC_OK && story instanceof Long id && !sessionMade) {
            send(cache.put(slug, id, body, capture.getContentType()), request, response, "miss");
            return;
        }
        if (body.length > 0) {
            if (!response.isCommitted()) {
                response.setContentLength(body.length);
            }
            response.getOutputStream().write(body);
        }
    }

    /**
     * A reader's report from the page's form: taken (the page again, thanking), or refused with the reason next
     * to the field and the text kept — 400 for a report too short or too long, 429 past the hourly limit of
     * the address, 404 for a story that is not published.
     */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String path = request.getPathInfo();
        String slug = path == null ? "" : path.substring(1);
        if (!SLUG.matcher(slug).matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String text = request.getParameter("text");
        String contact = request.getParameter("contact");
        ReportOutcome outcome;
        try {
            corrections.report(slug, text, contact, request.getRemoteAddr());
            outcome = new ReportOutcome(null, null, null);
        } catch (TooManyReportsException e) {
            response.setStatus(429);
            outcome = new ReportOutcome(e.getMessage(), text, contact);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            outcome = new ReportOutcome(e.getMessage(), text, contact);
        }
        request.setAttribute(REPORT_OUTCOME, outcome);
        response.setHeader("Cache-Control", "no-store");
        request.getRequestDispatcher("/read.xhtml?slug=" + URLEncoder.encode(slug, StandardCharsets.UTF_8))
                .forward(request, response);
    }

    private static void send(
            PublicPageCache.Page page, HttpServletRequest request, HttpServletResponse response, String how)
            throws IOException {
        for (var header : page.headers(how)) {
            if (header.getKey().equals("Content-Security-Policy")) {
                response.addHeader(header.getKey(), header.getValue());
            } else {
                response.setHeader(header.getKey(), header.getValue());
            }
        }
        if (page.matches(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    /** Keeps what the page writes, so it can be stored before it is sent. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        private ServletOutputStream stream;
        private PrintWriter writer;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException();
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
                writer = new PrintWriter(
                        new OutputStreamWriter(getOutputStream(), java.nio.charset.Charset.forName(encoding)));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void setContentLength(int length) {
            // the length is set when the captured body is sent
        }

        @Override
        public void setContentLengthLong(long length) {
            // the length is set when the captured body is sent
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toByteArray();
        }
    }
}
