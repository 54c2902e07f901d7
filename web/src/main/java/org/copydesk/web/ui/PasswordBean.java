package org.copydesk.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.copydesk.application.PasswordRefusedException;
import org.copydesk.application.UserService;
import org.copydesk.web.security.CopydeskAuthenticationMechanism;
import org.copydesk.web.security.CurrentUser;

/**
 * Everyone's own password ({@code /desk/password.xhtml}): the current one and a new one, twice. A user signed in
 * with a one-time password is sent here until they have chosen their own; then to the dashboard.
 */
@Named
@RequestScoped
public class PasswordBean {

    @Inject
    UserService users;

    @Inject
    CurrentUser user;

    @Inject
    HttpServletRequest request;

    private String current;
    private String replacement;
    private String repeated;

    /** Whether the signed-in user must replace a one-time password before anything else. */
    public boolean isOneTime() {
        return user.isOnlyPassword();
    }

    public String change() {
        if (replacement == null || !replacement.equals(repeated)) {
            String differ = "The two new passwords differ; type the same one twice.";
            Messages.error("password:repeated", differ, differ);
            return null;
        }
        boolean oneTime = isOneTime();
        try {
            long stamp = users.changeOwnPassword(user.actor().username(), current, replacement);
            CopydeskAuthenticationMechanism.restamp(request.getSession(false), stamp);
        } catch (PasswordRefusedException e) {
            Messages.error(
                    e.field().equals("current") ? "password:current" : "password:replacement",
                    e.getMessage(),
                    e.getMessage());
            return null;
        }
        Messages.info("Your password is changed. Any other session of yours has ended.");
        Messages.keepForRedirect();
        return oneTime ? "/desk/dashboard?faces-redirect=true" : "/desk/password?faces-redirect=true";
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
