package org.copydesk.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Faces messages in one place: next to a field (client id) or for the whole page (null). */
final class Messages {

    private Messages() {
    }

    static void info(String summary) {
        add(null, FacesMessage.SEVERITY_INFO, summary, null);
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

    /** Carries this request's messages over a redirect (post-redirect-get) to the next page. */
    static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
