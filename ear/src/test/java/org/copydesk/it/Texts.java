package org.copydesk.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The seed story and the samples, as test resources under /stories. */
public final class Texts {

    private Texts() {
    }

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

    public static String seed() {
        return story("russia-troops-north-korea.txt");
    }
}
