package org.copydesk.it.browser;

import static org.copydesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.copydesk.it.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Sign-in with the newsroom's identity provider, in Chromium against a real OpenID Connect provider (NAV's
 * mock-oauth2-server, started here on the port the test servers are set to use, with its own sign-in page): a
 * colleague the provider gives no Copydesk role is refused and no account is made; with a role they land on the
 * page they asked for, their account made with the provider's name and roles; a role changed at the provider takes
 * effect at the next sign-in (and the administrators' log says who changed it); an account disabled here is
 * refused although the provider vouches for it; and local passwords still work.
 */
class ProviderSignInBrowserIT extends BrowserTest {

    private static final int PORT = Integer.getInteger("it.oidc.port", 18190);
    private static MockOAuth2Server provider;

    private final Api admin = Api.as("admin");

    @BeforeAll
    static void startProvider() throws UnknownHostException {
        provider = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\": true}"));
        provider.start(InetAddress.getByName("127.0.0.1"), PORT);
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.shutdown();
        }
    }

    private WebDriverWait waiting() {
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /**
     * From Copydesk's sign-in page to the provider's, where the colleague signs in with these claims; answers
     * when the provider's Sign-in was pressed ({@link System#nanoTime}).
     */
    private long signInAtProvider(String username, String name, String... groups) {
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("provider-signin")));
        assertTrue(
                desk.byId("provider-signin").getText().contains("Sign in with NewsID"),
                desk.byId("provider-signin").getText());
        desk.byId("provider-signin").click();
        waiting().until(d -> d.getCurrentUrl().startsWith("http://127.0.0.1:" + PORT + "/newsroom/"));
        WebElement user = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.name("username")));
        user.sendKeys(username);
        WebElement claims = browser.findElement(By.name("claims"));
        claims.clear();
        claims.sendKeys(Json.createObjectBuilder()
                .add("preferred_username", username)
                .add("name", name)
                .add("groups", Json.createArrayBuilder(List.of(groups)))
                .build()
                .toString());
        long pressed = System.nanoTime();
        browser.findElement(By.cssSelector("input[type=submit]")).click();
        return pressed;
    }

    private JsonObject account(String username) {
        HttpResponse<String> got = admin.get("users/" + username);
        assertEquals(200, got.statusCode(), got.body());
        return json(got);
    }

    private String refusal() {
        return waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("refused")))
                .getText();
    }

    @Test
    void aColleagueSignsInThroughTheProviderWhichDecidesTheirRoles() {
        String username = "oda" + UUID.randomUUID().toString().substring(0, 6);

        // no Copydesk role at the provider: refused, with what to do, and no account made
        desk.open("");
        signInAtProvider(username, "Oda Olsen", "newsroom-all");
        assertTrue(refusal().contains("no Copydesk role"), refusal());
        assertTrue(browser.findElements(By.id("account:signout")).isEmpty(), "not signed in");
        Browsers.screenshot(browser, "provider-refused");
        assertEquals(404, admin.get("users/" + username).statusCode(), "no account for a refused sign-in");

        // a reporter: asked for the budget, signed out, lands there after the provider's sign-in
        desk.open("desk/budget.xhtml");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        Browsers.screenshot(browser, "provider-signin");
        long submitted = signInAtProvider(username, "Oda Olsen", "copydesk-reporter", "newsroom-all");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("account:signout")));
        System.out.printf(
                "ProviderSignInBrowserIT: from the provider's Sign-in to the page asked for in %d ms "
                        + "(the provider's redirect, code exchange, token checks, the account made, the page)%n",
                (System.nanoTime() - submitted) / 1_000_000);
        assertTrue(browser.getCurrentUrl().contains("/desk/budget.xhtml"), browser.getCurrentUrl());
        assertTrue(desk.byId("account:account-link").getText().startsWith(username), desk.text("account:account-link"));
        assertTrue(desk.byId("account:account-link").getText().endsWith("reporter"), desk.text("account:account-link"));
        assertEquals(1, browser.findElements(By.id("nav-new")).size(), "a reporter writes stories");
        assertEquals(0, browser.findElements(By.id("nav-sources")).size(), "and does not run the source registry");
        JsonObject made = account(username);
        assertEquals(List.of("REPORTER"), made.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals("Oda Olsen", made.getString("displayName"));
        desk.signOut();

        // promoted at the provider (a mapped group and a role's own name): the next sign-in has the new roles
        signInAtProvider(username, "Oda Olsen-Berg", "newsroom-subs", "Editor");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("account:signout")));
        assertEquals(1, browser.findElements(By.id("nav-sources")).size(), "an editor runs the source registry");
        assertEquals(
                List.of("EDITOR", "COPY_EDITOR"),
                account(username).getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString));
        HttpResponse<String> log = admin.get("admin/actions?size=100");
        List<String> entries = json(log).getJsonArray("items").stream()
                .map(v -> v.asJsonObject())
                .filter(a -> a.getString("target").equals(username))
                .map(a -> a.getString("kind") + " by " + a.getString("actor"))
                .toList();
        assertEquals(List.of("USER_CHANGED by identity provider", "USER_ADDED by identity provider"), entries);
        desk.signOut();

        // disabled here: the provider's word is not enough
        JsonObject now = account(username);
        HttpResponse<String> disabled = admin.putJson(
                "users/" + username,
                null,
                Json.createObjectBuilder()
                        .add("displayName", now.getString("displayName"))
                        .add("roles", now.getJsonArray("roles"))
                        .add("enabled", false)
                        .build()
                        .toString());
        assertEquals(200, disabled.statusCode(), disabled.body());
        signInAtProvider(username, "Oda Olsen-Berg", "editor");
        assertTrue(refusal().contains("disabled"), refusal());
        assertTrue(browser.findElements(By.id("account:signout")).isEmpty(), "not signed in");

        // local accounts sign in as before, on the same page
        desk.signIn("editor");
    }

    @Test
    void aCallbackWithoutASignInStartedHereOrAProviderThatSaysNoIsRefusedWithAMessage() {
        desk.open("oidc/callback?code=stolen&state=guessed");
        assertTrue(refusal().contains("Sign in again"), refusal());
        assertTrue(browser.findElements(By.id("account:signout")).isEmpty(), "not signed in");

        // the person cancels at the provider, which sends them back with an error instead of a code
        desk.open("");
        desk.byId("provider-signin").click();
        waiting().until(d -> d.getCurrentUrl().startsWith("http://127.0.0.1:" + PORT + "/newsroom/"));
        String state = browser.getCurrentUrl().replaceAll(".*[?&]state=([^&]+).*", "$1");
        desk.open("oidc/callback?error=access_denied&error_description=The+user+cancelled&state=" + state);
        assertTrue(refusal().contains("did not sign you in"), refusal());
        assertTrue(browser.findElements(By.id("account:signout")).isEmpty(), "not signed in");
    }
}
