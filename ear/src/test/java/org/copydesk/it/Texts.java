package org.copydesk.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The seed story and the samples, as test resources under /stories. */
public final class Texts {

    private Texts() {}

    public static String story(String name) {
        try (InputStream in = Texts.class.getResourceAsStream("/stories/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A made-up capitalised word ("Kavorel"), new on every call: for a name in a story that no earlier test
     * can have put in the source registry (the test server's database lives for the whole run).
     */
    public static String uniqueName() {
        String consonants = "bdfgklmnprstvz";
        String vowels = "aeiou";
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            name.append(consonants.charAt(random.nextInt(consonants.length())))
                    .append(vowels.charAt(random.nextInt(vowels.length())));
        }
        name.append(consonants.charAt(random.nextInt(consonants.length())));
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public static String seed() {
        return story("russia-troops-north-korea.txt");
    }
}
