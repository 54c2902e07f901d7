package org.copydesk.web;

/**
 * A setting of the server (docs/operations.md): the system property if it is set, else the environment variable,
 * so a newsroom sets Copydesk up in its environment and tests and the command line override it. Read when asked:
 * a caller that keeps a value decides when it is read.
 */
public final class Settings {

    private Settings() {}

    /** The setting as given, or null when neither the property nor the variable is set. */
    public static String get(String property, String variable) {
        String value = System.getProperty(property);
        return value != null ? value : System.getenv(variable);
    }

    /** The setting without surrounding spaces, or {@code otherwise} when neither is set. */
    public static String get(String property, String variable, String otherwise) {
        String value = get(property, variable);
        return value == null ? otherwise : value.strip();
    }
}
