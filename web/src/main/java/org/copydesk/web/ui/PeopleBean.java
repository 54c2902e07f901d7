package org.copydesk.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.copydesk.application.AccountConflictException;
import org.copydesk.application.NotFoundException;
import org.copydesk.application.PeopleService;
import org.copydesk.application.PeopleService.ActionView;
import org.copydesk.application.PeopleService.Handover;
import org.copydesk.application.PeopleService.UserView;
import org.copydesk.domain.user.Role;
import org.copydesk.web.security.CurrentUser;

/**
 * The administrators' People page ({@code /desk/people.xhtml}): the accounts a page at a time; add a colleague
 * (their one-time password shown once, to hand over); choose an account to change its name and roles, disable or
 * enable it, or reset its password; and the administrators' log of all of it, newest first.
 */
@Named
@ViewScoped
public class PeopleBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PeopleService people;

    @Inject
    CurrentUser user;

    private PagedModel<UserView> accounts;
    private PagedModel<ActionView> log;

    private String newUsername;
    private String newDisplayName;
    private List<String> newRoles = new ArrayList<>(List.of(Role.REPORTER.name()));

    private UserView chosen;
    private String displayName;
    private List<String> roles = new ArrayList<>();

    private String handedOver;
    private String handedOverTo;

    @PostConstruct
    void init() {
        accounts = new PagedModel<>((page, size) -> people.list(page, size, user.actor()), UserView::username);
        log = new PagedModel<>((page, size) -> people.log(page, size, user.actor()), a -> String.valueOf(a.id()));
    }

    public void add() {
        try {
            Handover made = people.add(newUsername, newDisplayName, roles(newRoles), user.actor());
            handOver(made);
            Messages.info("Account " + made.user().username() + " added. Give "
                    + made.user().displayName() + " the one-time password below; it is not shown again.");
            newUsername = null;
            newDisplayName = null;
            choose(made.user().username());
        } catch (AccountConflictException e) {
            Messages.error("add:username", e.getMessage(), e.getMessage());
        } catch (IllegalArgumentException e) {
            Messages.error(
                    e.getMessage().startsWith("Give the account")
                            ? "add:roles"
                            : e.getMessage().startsWith("Give the person") ? "add:name" : "add:username",
                    e.getMessage(),
                    e.getMessage());
        }
    }

    /** Opens an account for changes. */
    public void choose(String username) {
        try {
            chosen = people.get(username, user.actor());
            displayName = chosen.displayName();
            roles = new ArrayList<>(chosen.roles());
        } catch (NotFoundException e) {
            chosen = null;
            Messages.error(null, e.getMessage());
        }
    }

    public void save() {
        update(chosen.enabled(), "Changes to " + chosen.username() + " saved.");
    }

    public void disable() {
        update(false, chosen.username() + " is disabled: their sessions have ended and they cannot sign in.");
    }

    public void enable() {
        update(true, chosen.username() + " is enabled again and may sign in.");
    }

    private void update(boolean enabled, String done) {
        String username = chosen.username();
        try {
            chosen = people.update(username, chosen.version(), displayName, roles(roles), enabled, user.actor());
            displayName = chosen.displayName();
            roles = new ArrayList<>(chosen.roles());
            Messages.info(done);
        } catch (AccountConflictException e) {
            Messages.error("edit:save", e.getMessage(), e.getMessage());
            if (e.stale()) {
                choose(username); // show it as it is now; the admin makes the change again on that
            }
        } catch (IllegalArgumentException e) {
            Messages.error(
                    e.getMessage().startsWith("Give the account") ? "edit:roles" : "edit:name",
                    e.getMessage(),
                    e.getMessage());
        }
    }

    public void resetPassword() {
        try {
            Handover made = people.resetPassword(chosen.username(), user.actor());
            handOver(made);
            chosen = made.user();
            Messages.info("New one-time password for " + chosen.username() + ". Their sessions have ended; give "
                    + "them the password below, it is not shown again.");
        } catch (NotFoundException e) {
            Messages.error(null, e.getMessage());
        }
    }

    private void handOver(Handover made) {
        handedOver = made.oneTimePassword();
        handedOverTo = made.user().username();
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        for (String name : names == null ? List.<String>of() : names) {
            set.add(Role.valueOf(name));
        }
        return set;
    }

    /** A role as people say it: "copy editor". */
    public String words(String role) {
        return Role.valueOf(role).inWords();
    }

    public String rolesInWords(List<String> list) {
        return Role.inWords(roles(list));
    }

    public List<String> getAllRoles() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    /** An administrators' log entry's kind in words. */
    public String kindInWords(String kind) {
        return switch (kind) {
            case "USER_ADDED" -> "added";
            case "USER_CHANGED" -> "changed";
            case "USER_DISABLED" -> "disabled";
            case "USER_ENABLED" -> "enabled";
            case "PASSWORD_RESET" -> "password reset";
            default -> kind.toLowerCase(Locale.ROOT);
        };
    }

    public boolean isSelf() {
        return chosen != null && user.actor().is(chosen.username());
    }

    public PagedModel<UserView> getAccounts() {
        return accounts;
    }

    public PagedModel<ActionView> getLog() {
        return log;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewDisplayName() {
        return newDisplayName;
    }

    public void setNewDisplayName(String newDisplayName) {
        this.newDisplayName = newDisplayName;
    }

    public List<String> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<String> newRoles) {
        this.newRoles = newRoles;
    }

    public UserView getChosen() {
        return chosen;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public String getHandedOver() {
        return handedOver;
    }

    public String getHandedOverTo() {
        return handedOverTo;
    }
}
