package org.copydesk.it.api;

import static org.copydesk.it.Api.json;
import static org.copydesk.it.api.StoryApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.copydesk.it.Api;
import org.copydesk.it.DeskSession;
import org.copydesk.it.ServerUrls;
import org.junit.jupiter.api.Test;

/**
 * People (DESIGN "Additions — Desk operations"): an administrator adds a colleague, who signs in with the one-time
 * password and may do nothing but replace it (with one the policy takes); disabling ends their API sign-ins and
 * their browser session at once; new roles take effect on the next call; a reset password replaces the old one;
 * the guards and bad input are problem+json; every action is in the administrators' log.
 */
class PeopleApiIT extends ApiTest {

    private static final String OWN = "ferry lantern oboe quartz";

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private HttpResponse<String> add(String username, String... roles) {
        return admin.postJson(
                "users",
                Json.createObjectBuilder()
                        .add("username", username)
                        .add("displayName", "Pat " + username)
                        .add("roles", Json.createArrayBuilder(List.of(roles)))
                        .build()
                        .toString());
    }

    private HttpResponse<String> change(String username, String ifMatch, boolean enabled, String... roles) {
        return admin.putJson(
                "users/" + username,
                ifMatch,
                Json.createObjectBuilder()
                        .add("displayName", "Pat " + username)
                        .add("roles", Json.createArrayBuilder(List.of(roles)))
                        .add("enabled", enabled)
                        .build()
                        .toString());
    }

    private static HttpResponse<String> changeOwn(Api as, String current, String replacement) {
        return as.putJson(
                "me/password",
                null,
                Json.createObjectBuilder()
                        .add("currentPassword", current)
                        .add("newPassword", replacement)
                        .build()
                        .toString());
    }

    /** A colleague with their own password, {@link #OWN}. */
    private String colleague(String... roles) {
        String name = unique("pat");
        HttpResponse<String> made = add(name, roles);
        assertEquals(201, made.statusCode(), made.body());
        String oneTime = json(made).getString("oneTimePassword");
        assertEquals(204, changeOwn(Api.as(name, oneTime), oneTime, OWN).statusCode());
        return name;
    }

    @Test
    void aNewColleagueMayOnlyReplaceTheOneTimePasswordAndOnlyWithOneThePolicyTakes() {
        String name = unique("rita");
        HttpResponse<String> made = add(name, "REPORTER");
        assertEquals(201, made.statusCode(), made.body());
        assertTrue(made.headers().firstValue("Location").orElseThrow().endsWith("/api/users/" + name));
        JsonObject body = json(made);
        String oneTime = body.getString("oneTimePassword");
        assertTrue(oneTime.matches("[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}"), oneTime);
        assertEquals(
                List.of("REPORTER"),
                body.getJsonObject("user").getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        assertTrue(body.getJsonObject("user").getBoolean("mustChangePassword"));
        assertFalse(json(admin.get("users/" + name)).containsKey("oneTimePassword"), "shown once only");

        Api firstDay = Api.as(name, oneTime);
        assertProblem(firstDay.get("stories"), 403, "one-time password");
        assertProblem(changeOwn(firstDay, oneTime, "password1234"), 400, "common passwords");
        assertProblem(changeOwn(firstDay, oneTime, "short one"), 400, "at least 12 characters");
        assertProblem(changeOwn(firstDay, oneTime, "My name is " + name + "!"), 400, "username");
        assertProblem(changeOwn(firstDay, "not the password", OWN), 400, "current password is wrong");
        assertEquals(204, changeOwn(firstDay, oneTime, OWN).statusCode());

        assertEquals(401, firstDay.get("stories").statusCode(), "the one-time password is gone");
        assertEquals(200, Api.as(name, OWN).get("stories").statusCode());
        assertFalse(json(admin.get("users/" + name)).getBoolean("mustChangePassword"));
    }

    @Test
    void disablingEndsTheColleaguesApiSignInsAndBrowserSessionAtOnce() {
        String name = colleague("EDITOR");
        Api pat = Api.as(name, OWN);
        assertEquals(200, pat.get("stories").statusCode()); // remembered for a few minutes from here on
        DeskSession browser = DeskSession.signIn(name, OWN);
        assertEquals(200, browser.get("desk/dashboard.xhtml").statusCode());

        HttpResponse<String> read = admin.get("users/" + name);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> disabled = change(name, etag, false, "EDITOR");
        assertEquals(200, disabled.statusCode(), disabled.body());
        assertFalse(json(disabled).getBoolean("enabled"));

        assertEquals(401, pat.get("stories").statusCode(), "the API sign-in ended at once");
        HttpResponse<String> page = browser.get("desk/dashboard.xhtml");
        assertEquals(302, page.statusCode(), "the browser session ended at once");
        assertTrue(page.headers().firstValue("Location").orElseThrow().contains("/login.xhtml?next="));
        assertTrue(page.headers().firstValue("Location").orElseThrow().endsWith("&ended=true"), "the page says why");

        assertProblem(change(name, etag, true, "EDITOR"), 412, "since you read it");
        String now = disabled.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(etag, now);
        assertEquals(
                now,
                admin.get("users/" + name).headers().firstValue("ETag").orElseThrow(),
                "a change answers the ETag the account now has");
        assertEquals(200, change(name, now, true, "EDITOR").statusCode(), "so it can be changed again with it");
        assertEquals(200, pat.get("stories").statusCode(), "enabled again");
    }

    @Test
    void newRolesTakeEffectOnTheNextCall() {
        String name = colleague("REPORTER");
        Api pat = Api.as(name, OWN);
        assertEquals(403, pat.get("metrics?period=30d").statusCode(), "desk figures are for editors");
        assertEquals(200, change(name, null, true, "REPORTER", "EDITOR").statusCode());
        assertEquals(200, pat.get("metrics?period=30d").statusCode(), "an editor now");
        assertEquals(200, change(name, null, true, "REPORTER").statusCode());
        assertEquals(403, pat.get("metrics?period=30d").statusCode(), "a reporter again");
    }

    @Test
    void aResetPasswordReplacesTheOldOneAndEndsTheSessions() {
        String name = colleague("COPY_EDITOR");
        DeskSession browser = DeskSession.signIn(name, OWN);
        HttpResponse<String> reset = admin.post("users/" + name + "/password-reset", "application/json", "");
        assertEquals(200, reset.statusCode(), reset.body());
        String oneTime = json(reset).getString("oneTimePassword");
        assertEquals(401, Api.as(name, OWN).get("stories").statusCode(), "the old password is gone");
        assertEquals(302, browser.get("desk/dashboard.xhtml").statusCode());
        assertProblem(Api.as(name, oneTime).get("stories"), 403, "one-time password");

        // in a browser, the one-time password leads to the password page and nowhere else
        DeskSession again = DeskSession.signIn(name, oneTime);
        HttpResponse<String> dashboard = again.get("desk/dashboard.xhtml");
        assertEquals(302, dashboard.statusCode());
        assertTrue(dashboard.headers().firstValue("Location").orElseThrow().endsWith("/desk/password.xhtml"));
        assertEquals(200, again.get("desk/password.xhtml").statusCode());
    }

    @Test
    void theGuardsAndBadInputAreProblems() {
        assertProblem(change("admin", null, false, "ADMIN"), 409, "your own account");
        assertProblem(add("admin", "ADMIN"), 409, "already an account");
        assertProblem(add("Bad Name!", "REPORTER"), 400, "username");
        HttpResponse<String> noRoles = add(unique("pat"), new String[0]);
        assertProblem(noRoles, 400, "not valid");
        assertTrue(noRoles.body().contains("roles: "), noRoles.body());
        assertProblem(
                admin.postJson("users", "{\"username\":\"patx\",\"displayName\":\"Pat\",\"roles\":[\"CHIEF\"]}"),
                400,
                "");
        assertProblem(admin.get("users/nobody-at-all"), 404, "no account");
        assertProblem(change("nobody-at-all", null, true, "REPORTER"), 404, "no account");
        assertProblem(
                admin.putJson("users/admin", "\"x\"", "{\"displayName\":\"A\",\"roles\":[\"ADMIN\"],\"enabled\":true}"),
                412,
                "ETag");
    }

    @Test
    void everyActionIsInTheAdministratorsLogNewestFirst() {
        String name = colleague("REPORTER");
        assertEquals(200, change(name, null, false, "REPORTER").statusCode());
        HttpResponse<String> log = admin.get("admin/actions?size=100");
        assertEquals(200, log.statusCode(), log.body());
        List<String> mine = json(log).getJsonArray("items").stream()
                .map(v -> v.asJsonObject())
                .filter(a -> a.getString("target").equals(name))
                .map(a -> a.getString("kind") + " by " + a.getString("actor"))
                .toList();
        assertEquals(List.of("USER_DISABLED by admin", "USER_ADDED by admin"), mine);
        assertEquals(403, editor.get("admin/actions").statusCode());
        assertEquals(
                401,
                Api.anonymous()
                        .send(HttpRequest.newBuilder(ServerUrls.api("admin/actions"))
                                .GET())
                        .statusCode());
    }
}
