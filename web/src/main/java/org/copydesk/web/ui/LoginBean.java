package org.copydesk.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.copydesk.application.SignInRefusedException.Reason;
import org.copydesk.web.security.CopydeskAuthenticationMechanism;

/** The sign-in form and sign-out. */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @NotBlank(message = "Enter your username.")
    @Size(max = 40)
    private String username;

    @NotBlank(message = "Enter your password.")
    @Size(max = 200)
    private String password;

    private String next;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, password))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + safeNext());
            case SEND_CONTINUE -> faces.responseComplete();
            default ->
                faces.addMessage(
                        null,
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, "The username or password is wrong.", null));
        }
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        external.invalidateSession();
        ((HttpServletRequest) external.getRequest()).logout();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }

    private String safeNext() {
        return CopydeskAuthenticationMechanism.insidePath(next);
    }

    /** Why a sign-in through the identity provider was refused ({@code ?refused=}), in words; null for none. */
    public String refusal(String why) {
        if (why == null || why.isBlank()) {
            return null;
        }
        Reason reason;
        try {
            reason = Reason.valueOf(why);
        } catch (IllegalArgumentException e) {
            reason = Reason.PROVIDER;
        }
        return switch (reason) {
            case NO_ROLE ->
                "Your newsroom account has no Copydesk role. Ask whoever runs the newsroom's accounts "
                        + "to give you one (reporter, editor, copy editor or admin), then sign in again.";
            case DISABLED -> "Your Copydesk account is disabled. Ask a Copydesk administrator.";
            case USERNAME ->
                "The identity provider's name for you cannot be a Copydesk username. Ask a Copydesk "
                        + "administrator.";
            case EXPIRED -> "That sign-in had expired or was not started here. Sign in again.";
            case PROVIDER ->
                "The identity provider did not sign you in. Try again, or sign in with a Copydesk " + "password.";
        };
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    /** The page asked for, as a query parameter's value. */
    public String getNextEncoded() {
        return next == null ? "" : URLEncoder.encode(next, StandardCharsets.UTF_8);
    }

    public void setNext(String next) {
        this.next = next;
    }
}
