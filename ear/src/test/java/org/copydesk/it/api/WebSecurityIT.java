package org.copydesk.it.api;

import static org.copydesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.it.Api;
import org.copydesk.it.ServerUrls;
import org.junit.jupiter.api.Test;

/**
 * The browser side of security over plain HTTP: session cookie flags, a new session id at sign-in,
 * security headers, and a forged form post (no valid ViewState) that changes nothing.
 */
class WebSecurityIT extends ApiTest {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static String sessionId(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        assertTrue(m.find(), "a Faces form");
        return m.group(1);
    }

    private static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&")
                    .append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    @Test
    void signInMakesANewHttpOnlySameSiteSessionAndAForgedPostChangesNothing() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        URI login = ServerUrls.base().resolve("login.xhtml");
        HttpResponse<String> page =
                browser.send(HttpRequest.newBuilder(login).GET().build(), HttpResponse.BodyHandlers.ofString());
        String before = sessionId(cookies);
        String setCookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID"))
                .findFirst()
                .orElseThrow();
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        assertEquals(
                "nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(page.headers().allValues("Content-Security-Policy").stream()
                .anyMatch(p -> p.contains("frame-ancestors 'none'")));
        assertTrue(
                page.headers().allValues("Content-Security-Policy").stream().anyMatch(p -> p.contains("'nonce-")),
                "PrimeFaces' script nonces");

        HttpResponse<String> signedIn = browser.send(
                HttpRequest.newBuilder(login)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(
                                "login",
                                "login",
                                "login:username",
                                "editor",
                                "login:password",
                                "copydesk",
                                "login:next",
                                "",
                                "login:signin",
                                "",
                                "jakarta.faces.ViewState",
                                viewState(page.body()))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        assertNotEquals(before, sessionId(cookies), "the session id changes at sign-in");

        // A page on another site posts the editor's form with the editor's cookie but cannot know the ViewState.
        long id = json(Api.as("reporter")
                        .postJson("stories", Api.story("Forgery target " + UUID.randomUUID(), "Original text.")))
                .getJsonNumber("id")
                .longValue();
        URI editor = ServerUrls.base().resolve("desk/story.xhtml?id=" + id);
        HttpResponse<String> editorPage =
                browser.send(HttpRequest.newBuilder(editor).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, editorPage.statusCode());
        HttpResponse<String> forged = browser.send(
                HttpRequest.newBuilder(editor)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(
                                "tabs:editor",
                                "tabs:editor",
                                "tabs:editor:headline",
                                "Forged",
                                "tabs:editor:body_input",
                                "<p>Forged text.</p>",
                                "tabs:editor:save",
                                "",
                                "jakarta.faces.ViewState",
                                "-1234567890:987654321")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertFalse(forged.body().contains("Saved as revision"), "the forged post was not applied");
        assertEquals(
                "Original text.",
                json(Api.as("reporter").get("stories/" + id))
                        .getJsonArray("blocks")
                        .getJsonObject(0)
                        .getString("text"));

        // A NUL character in a desk form (PostgreSQL cannot store one) is a 400 before Faces reads the form.
        HttpResponse<String> nul = browser.send(
                HttpRequest.newBuilder(editor)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(
                                "tabs:editor",
                                "tabs:editor",
                                "tabs:editor:headline",
                                "Nul" + (char) 0 + "headline",
                                "tabs:editor:save",
                                "",
                                "jakarta.faces.ViewState",
                                viewState(editorPage.body()))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, nul.statusCode(), nul.body());
        assertFalse(nul.body().contains("Exception"), nul.body());
    }
}
