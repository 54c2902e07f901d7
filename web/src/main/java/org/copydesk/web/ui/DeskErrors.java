package org.copydesk.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * How a desk page answers an address it cannot show: an error status with a sentence for the person (kept in
 * a request attribute for the error page, {@link ErrorPage}), so they see a page in the desk's layout that
 * says what happened and where to go, never a blank page or the server's bare "Forbidden".
 *
 * <p>The story pages check, before they render, that their story was found ({@link #requireStory}): an id
 * that is not a number fails the view parameter's conversion, and then the page's load action never runs.
 */
@Named
@RequestScoped
public class DeskErrors {

    /** The request attributes with the heading and the sentence for the error page. */
    static final String TITLE = "copydesk.error.title";

    static final String DETAIL = "copydesk.error.detail";
    private static final int SHOWN_MAX = 40;

    /** Answers 404 with a heading and a sentence; the rest of the page is not rendered. */
    static void notFound(String title, String detail) {
        send(404, title, detail);
    }

    /** A story page whose story id names no story: 404 saying why ({@link #noStory}). */
    static void noSuchStory(String rawId) {
        notFound("No such story", noStory(rawId));
    }

    /** Answers 403 with the sentence (a policy refusal says who may). */
    static void forbidden(String detail) {
        send(403, null, detail);
    }

    /** The sentence for a story id that names no story: missing, not a number, or unknown. */
    static String noStory(String rawId) {
        if (rawId == null || rawId.isBlank()) {
            return "The address names no story: it needs the story's number, as in ?id=42.";
        }
        String id = rawId.strip();
        if (!id.matches("\\d{1,18}")) {
            String shown = id.length() > SHOWN_MAX ? id.substring(0, SHOWN_MAX) + "…" : id;
            return "“" + shown + "” is not a story number; a story's address ends in ?id= and its number.";
        }
        return "There is no story number " + id + ". The link may be old or mistyped.";
    }

    /**
     * For {@code <f:event type="preRenderView">} on a story page: when its story was not loaded (the id was
     * missing, unknown or not a number, which skips the load action), answers 404 with the reason.
     */
    public void requireStory(Object story) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (story != null || faces.getResponseComplete()) {
            return;
        }
        HttpServletRequest request =
                (HttpServletRequest) faces.getExternalContext().getRequest();
        String id = request.getParameter("id");
        if (id != null && id.strip().matches("\\d{1,18}") && faces.isValidationFailed()) {
            notFound(
                    "This address cannot be read",
                    "Part of it is not what the page expects (" + firstUnreadable(request)
                            + "). Open the story from the dashboard.");
        } else {
            noSuchStory(id);
        }
    }

    /** The first parameter other than the id that is not a number where the page wants one, for the sentence. */
    private static String firstUnreadable(HttpServletRequest request) {
        for (String name : java.util.List.of("report", "attribution")) {
            String value = request.getParameter(name);
            if (value != null && !value.strip().matches("\\d{1,18}")) {
                String shown = value.length() > SHOWN_MAX ? value.substring(0, SHOWN_MAX) + "…" : value;
                return name + "=" + shown;
            }
        }
        return "a value is not what the page expects";
    }

    private static void send(int status, String title, String detail) {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request =
                (HttpServletRequest) faces.getExternalContext().getRequest();
        request.setAttribute(TITLE, title);
        request.setAttribute(DETAIL, detail);
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
