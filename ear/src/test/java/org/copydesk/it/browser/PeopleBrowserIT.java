package org.copydesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * People in Chromium: an administrator adds a colleague and reads the one-time password shown once; the colleague
 * signs in with it, is kept on the password page (a mismatch and a common password refused next to their
 * fields) until they choose their own, then reaches the dashboard; the administrator gives them a second role and
 * disables them after confirming, and the log shows all of it; the page fits a phone; other roles have no such
 * page. And sections: added (a taken name refused next to the field), renamed in place, retired and restored.
 */
class PeopleBrowserIT extends BrowserTest {

    private static final String OWN = "harbour kettle violin 1987";

    private WebDriverWait waiting() {
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    private void type(String id, String text) {
        desk.retrying(() -> {
            WebElement field = browser.findElement(By.id(id));
            field.clear();
            field.sendKeys(text);
        });
    }

    @Test
    void anAdministratorAddsAColleagueWhoChoosesAPasswordAndIsLaterDisabled() {
        String name = "sam" + UUID.randomUUID().toString().substring(0, 6);
        desk.signIn("admin");
        desk.byId("nav-people").click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("add:username")));

        // a taken username is refused next to the field
        type("add:username", "editor");
        type("add:name", "Another Ed");
        desk.byId("add:save").click();
        waiting().until(d -> d.findElement(By.id("add")).getText().contains("already an account"));

        type("add:username", name);
        type("add:name", "Sam Stringer");
        desk.byId("add:save").click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("one-time-password")));
        String oneTime = desk.byId("one-time-password").getText().strip();
        assertTrue(oneTime.matches("[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}"), oneTime);
        waiting().until(d -> d.findElement(By.id("accounts")).getText().contains(name));
        assertTrue(desk.text("edit").contains(name), "the new account is open for changes");
        Browsers.screenshot(browser, "people-added");
        desk.signOut();

        // the colleague's first day: the one-time password leads to the password page only
        desk.signIn(name, oneTime);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("one-time")));
        desk.open("desk/dashboard.xhtml");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("one-time")));
        assertTrue(browser.getCurrentUrl().endsWith("/desk/password.xhtml"), browser.getCurrentUrl());
        assertTrue(
                browser.findElements(By.id("nav-dashboard")).isEmpty()
                        && browser.findElements(By.id("account:bell")).isEmpty(),
                "the top bar offers no page the one-time password would not open");
        assertEquals(1, browser.findElements(By.id("account:signout")).size(), "but signing out");

        type("password:current", oneTime);
        type("password:replacement", OWN);
        type("password:repeated", OWN + "!");
        desk.byId("password:change").click();
        waiting().until(d -> d.findElement(By.id("password")).getText().contains("The two new passwords differ"));

        type("password:current", oneTime);
        type("password:replacement", "password1234");
        type("password:repeated", "password1234");
        desk.byId("password:change").click();
        waiting().until(d -> d.findElement(By.id("password")).getText().contains("common passwords"));
        Browsers.screenshot(browser, "people-password-refused");

        type("password:current", oneTime);
        type("password:replacement", OWN);
        type("password:repeated", OWN);
        desk.byId("password:change").click();
        waiting().until(d -> d.getCurrentUrl().contains("/desk/dashboard.xhtml"));
        waiting().until(d -> d.getPageSource().contains("Your password is changed"));
        assertEquals(1, browser.findElements(By.id("nav-dashboard")).size(), "the top bar is back");
        assertTrue(browser.findElements(By.id("nav-people")).isEmpty(), "no People link for a reporter");
        desk.open("desk/people.xhtml");
        waiting().until(d -> d.getPageSource().contains("This page is not for your role"));
        desk.open("desk/dashboard.xhtml");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("account:signout")));
        desk.signOut();

        // the administrator makes them an editor too, then disables them
        desk.signIn("admin");
        desk.open("desk/people.xhtml");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("accounts")));
        browser.findElements(By.cssSelector("a.cd-person")).stream()
                .filter(a -> a.getText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not on the first page of accounts"))
                .click();
        waiting().until(d -> d.findElement(By.id("chosen")).getText().contains(name));
        // the roles in their order (reporter, editor, copy editor, admin): tick editor
        browser.findElements(By.cssSelector("[id='edit:roles'] .ui-chkbox-box"))
                .get(1)
                .click();
        desk.byId("edit:save").click();
        waiting().until(d -> d.findElement(By.id("accounts")).getText().contains("reporter, editor"));

        desk.byId("edit:disable").click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirmdialog-yes")));
        browser.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        waiting().until(d -> d.findElement(By.id("messages")).getText().contains("is disabled"));
        waiting().until(d -> d.findElement(By.id("log")).getText().contains("disabled"));
        String log = desk.text("log");
        assertTrue(log.contains("added") && log.contains("roles reporter → reporter, editor"), log);
        Browsers.screenshot(browser, "people-disabled");

        browser.manage().window().setSize(new Dimension(390, 844));
        Browsers.screenshot(browser, "people-phone");
        Number overflow = (Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0, overflow.intValue(), "nothing wider than a phone");
        browser.manage().window().setSize(new Dimension(1280, 900));
        desk.signOut();

        // disabled: the sign-in is refused
        desk.open("");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        browser.findElement(By.id("login:username")).sendKeys(name);
        browser.findElement(By.id("login:password")).sendKeys(OWN);
        browser.findElement(By.id("login:signin")).click();
        waiting()
                .until(d -> !d.findElements(By.id("login:username")).isEmpty()
                        && d.getPageSource().contains("The username or password is wrong."));
    }

    @Test
    void anAdministratorAddsRenamesRetiresAndRestoresASection() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        desk.signIn("admin");
        desk.byId("nav-sections").click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("add:name")));

        type("add:name", "world news");
        desk.byId("add:save").click();
        waiting().until(d -> d.findElement(By.id("add")).getText().contains("already a section \"World News\""));
        type("add:name", "Night Markets " + tag);
        desk.byId("add:save").click();
        waiting().until(d -> d.findElement(By.id("messages")).getText().contains("Night Markets " + tag + " added"));

        desk.retrying(() -> {
            WebElement name = row("Night Markets " + tag).findElement(By.cssSelector("input.cd-section-name"));
            name.clear();
            name.sendKeys("Street Food " + tag);
        });
        // the row is found by what its field holds: the new name, typed but not saved yet
        row("Street Food " + tag)
                .findElement(By.cssSelector("button[id$=':rename']"))
                .click();
        waiting().until(d -> d.findElement(By.id("messages")).getText().contains("Street Food " + tag + " renamed"));
        row("Street Food " + tag)
                .findElement(By.cssSelector("button[id$=':retire']"))
                .click();
        waiting().until(d -> row("Street Food " + tag).getText().contains("retired"));
        Browsers.screenshot(browser, "sections-retired");
        row("Street Food " + tag)
                .findElement(By.cssSelector("button[id$=':restore']"))
                .click();
        waiting().until(d -> row("Street Food " + tag).getText().contains("in use"));

        browser.manage().window().setSize(new Dimension(390, 844));
        Number overflow = (Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0, overflow.intValue(), "nothing wider than a phone");
        browser.manage().window().setSize(new Dimension(1280, 900));

        desk.open("desk/people.xhtml");
        waiting().until(d -> d.findElement(By.id("log"))
                .getText()
                .contains("Night Markets " + tag + " → Street Food " + tag));
    }

    /** The row of the Sections page whose name field holds this name. */
    private WebElement row(String name) {
        return browser.findElements(By.cssSelector("tr.cd-section")).stream()
                .filter(r -> name.equals(
                        r.findElement(By.cssSelector("input.cd-section-name")).getAttribute("value")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no section " + name + " among "
                        + browser.findElements(By.cssSelector("input.cd-section-name")).stream()
                                .map(i -> i.getAttribute("value"))
                                .toList()));
    }
}
