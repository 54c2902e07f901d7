package org.copydesk.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.application.ChangeConflictException;
import org.copydesk.application.NotFoundException;
import org.copydesk.application.SectionService;
import org.copydesk.application.SectionService.SectionView;
import org.copydesk.web.security.CurrentUser;

/**
 * The administrators' Sections page ({@code /desk/sections.xhtml}): the section list with retired sections
 * marked; add one, rename one in place (its stories move with it), retire or restore one.
 */
@Named
@ViewScoped
public class SectionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SectionService sections;

    @Inject
    CurrentUser user;

    private List<SectionView> list = List.of();
    private final Map<Long, String> names = new HashMap<>();
    private String newName;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        list = sections.list(user.actor());
        names.clear();
        list.forEach(s -> names.put(s.id(), s.name()));
    }

    public void add() {
        try {
            SectionView made = sections.add(newName, user.actor());
            Messages.info("Section " + made.name() + " added.");
            newName = null;
        } catch (ChangeConflictException | IllegalArgumentException e) {
            Messages.error("add:name", e.getMessage(), e.getMessage());
        }
        reload();
    }

    public void rename(SectionView section) {
        change(section, names.get(section.id()), section.retired(), "renamed");
    }

    public void retire(SectionView section) {
        change(section, section.name(), true, "retired: it is offered for no new story and stays on its stories");
    }

    public void restore(SectionView section) {
        change(section, section.name(), false, "restored");
    }

    private void change(SectionView section, String name, boolean retired, String done) {
        try {
            SectionView changed = sections.update(section.id(), section.version(), name, retired, user.actor());
            Messages.info("Section " + changed.name() + " " + done + ".");
        } catch (ChangeConflictException | IllegalArgumentException | NotFoundException e) {
            Messages.error(null, e.getMessage(), null);
        }
        reload();
    }

    public List<SectionView> getList() {
        return list;
    }

    public Map<Long, String> getNames() {
        return names;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
