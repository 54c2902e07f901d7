package org.copydesk.application;

/** The story asked for does not exist. */
public class StoryNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public StoryNotFoundException(String what) {
        super("No story " + what);
    }
}
