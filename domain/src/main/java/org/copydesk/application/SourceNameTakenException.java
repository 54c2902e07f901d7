package org.copydesk.application;

/**
 * A rename (or a new alias) would give a source a name another live source already answers to. The
 * registry keeps one record per name: merge the two instead. Answered as 400 pointing at the other one.
 */
public class SourceNameTakenException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final transient SourceView existing;
    private final String name;

    public SourceNameTakenException(String name, SourceView existing) {
        super("There is already a source called \"" + existing.name() + "\" (#" + existing.id() + ")"
                + (existing.name().equals(name) ? "" : ", which answers to \"" + name + "\"")
                + "; merge the two instead of giving this one its name.");
        this.existing = existing;
        this.name = name;
    }

    public SourceView existing() {
        return existing;
    }

    public String name() {
        return name;
    }
}
