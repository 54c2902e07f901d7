package org.copydesk.domain.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * What a password chosen in Copydesk must be: at least {@value #MIN} characters (at most {@value #MAX}), not the
 * username, and not on the list of common passwords shipped with the application ({@code common-passwords.txt.gz}
 * beside this class: the 43,940 entries of 12 characters or more among the million most common of a public
 * password list, compared without regard to case). Length beats complexity rules (NIST SP 800-63B, 5.1.1.2), so
 * there are none of those.
 */
public final class PasswordPolicy {

    public static final int MIN = 12;
    public static final int MAX = 200;
    static final String LIST = "common-passwords.txt.gz";

    private PasswordPolicy() {}

    /** Why the password cannot be used, as a sentence for the person choosing it; empty when it can. */
    public static Optional<String> problem(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Choose a password.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN) {
            return Optional.of("A password needs at least " + MIN + " characters; this one has " + length + ".");
        }
        if (length > MAX) {
            return Optional.of("A password may have at most " + MAX + " characters.");
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (username != null && folded.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("A password must not contain the username.");
        }
        if (Common.LIST.contains(folded)) {
            return Optional.of("This password is on a list of common passwords that attackers try first; choose "
                    + "another (a few unrelated words make a long one that is easy to remember).");
        }
        return Optional.empty();
    }

    /** Whether the password, whatever its case, is on the shipped list. */
    public static boolean isCommon(String password) {
        return password != null && Common.LIST.contains(password.toLowerCase(Locale.ROOT));
    }

    /** The list, read on first use (about 44,000 entries). */
    private static final class Common {
        static final Set<String> LIST = read();

        private static Set<String> read() {
            Set<String> list = new HashSet<>(65_536);
            try (InputStream raw = PasswordPolicy.class.getResourceAsStream(PasswordPolicy.LIST);
                    BufferedReader in = new BufferedReader(new InputStreamReader(
                            new GZIPInputStream(Objects.requireNonNull(raw, PasswordPolicy.LIST + " is missing")),
                            StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        list.add(line);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + PasswordPolicy.LIST, e);
            }
            return Set.copyOf(list);
        }
    }
}
