package org.copydesk.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Faces messages in one place: next to a field (client id) or for the whole page (null). */
final class Messages {

    private Messages() {}

    static void info(String summary) {
        add(null, FacesMessage.SEVERITY_INFO, summary, null);
    }

    static void info(String clientId, String summary) {
        add(clientId, FacesMessage.SEVERITY_INFO, summary, null);
    }

    static void error(String clientId, String summary) {
        add(clientId, FacesMessage.SEVERITY_ERROR, summary, null);
    }

    static void error(String clientId, String summary, String detail) {
        add(clientId, FacesMessage.SEVERITY_ERROR, summary, detail);
    }

    static void warn(String summary, String detail) {
        add(null, FacesMessage.SEVERITY_WARN, summary, detail);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String summary, String detail) {
        FacesContext faces = FacesContext.getCurrentInstance();
        // An empty detail, not null: Faces repeats the summary as the detail when it is null.
        faces.addMessage(clientId, new FacesMessage(severity, summary, detail == null ? "" : detail));
    }

    /**
     * When the failure is another change to the same story winning the race (a lock wait that ran out, a
     * deadlock, an optimistic check; the API's 409), says so for the whole page and returns true; false for
     * anything else, which the caller rethrows.
     */
    static boolean storyBusy(RuntimeException e, String whatWasKept) {
        if (!org.copydesk.persistence.LostRaces.lostARace(e)) {
            return false;
        }
        warn(
                "Someone else is saving this story at this moment.",
                "Nothing was saved" + whatWasKept + ": try again in a moment.");
        return true;
    }

    /** Carries this request's messages over a redirect (post-redirect-get) to the next page. */
    static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
