package org.copydesk.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser's session on the desk pages without a browser: signed in with the login form, then GETs pages. */
public final class DeskSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http;

    private DeskSession(HttpClient http) {
        this.http = http;
    }

    public static DeskSession signIn(String username) {
        return signIn(username, Api.PASSWORD);
    }

    /** Signed in with the login form as the user with this password; fails the test if the form refuses. */
    public static DeskSession signIn(String username, String password) {
        DeskSession session = new DeskSession(HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build());
        URI login = ServerUrls.base().resolve("login.xhtml");
        HttpResponse<String> page = session.send(HttpRequest.newBuilder(login).GET());
        Matcher state = VIEW_STATE.matcher(page.body());
        if (!state.find()) {
            throw new AssertionError("no ViewState on the login page");
        }
        String form = "login=login&login%3Ausername=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&login%3Apassword=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&login%3Anext=&login%3Asignin="
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = session.send(HttpRequest.newBuilder(login)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (signedIn.statusCode() != 302) {
            throw new AssertionError("sign-in as " + username + " failed: " + signedIn.statusCode());
        }
        return session;
    }

    /** A page under /copydesk/ (e.g. "desk/story.xhtml?id=1"), redirects not followed. */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(ServerUrls.base().resolve(path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
