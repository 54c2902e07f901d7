package org.copydesk.domain.copycheck;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Place names that are never misspellings and that near-miss spellings are compared to: countries,
 * capitals, major cities, regions, islands and seas.
 *
 * <p>The {@linkplain #shipped() shipped} gazetteer is read from the class-path resource
 * {@value #RESOURCE}: UTF-8 plain text, one name per line, in the spelling an English-language
 * newsroom uses; lines starting with {@code #} and blank lines are ignored. Names may have several
 * words ("North Korea", "Ho Chi Minh City"). Instances are immutable and may be shared.
 */
public final class Gazetteer {

    /** The class-path resource the shipped gazetteer is read from. */
    public static final String RESOURCE = "/copycheck/gazetteer.txt";

    private final Set<String> names;

    private Gazetteer(Set<String> names) {
        this.names = Collections.unmodifiableSet(names);
    }

    /** The gazetteer that ships with Copydesk, read once. */
    public static Gazetteer shipped() {
        return Shipped.INSTANCE;
    }

    /** A gazetteer of the given names (blank ones are dropped, whitespace is collapsed). */
    public static Gazetteer of(Collection<String> names) {
        LinkedHashSet<String> cleaned = new LinkedHashSet<>();
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                cleaned.add(name.strip().replaceAll("\\s+", " "));
            }
        }
        return new Gazetteer(cleaned);
    }

    /** The names, in the order they were given, without duplicates; unmodifiable. */
    public Set<String> names() {
        return names;
    }

    /** Whether the name is in the gazetteer, spelled exactly so. */
    public boolean contains(String name) {
        return names.contains(name);
    }

    private static Gazetteer read(String resource) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The gazetteer " + resource + " is not on the class path.");
            }
            LinkedHashSet<String> names = new LinkedHashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name.replaceAll("\\s+", " "));
                }
            }
            return new Gazetteer(names);
        } catch (IOException e) {
            throw new UncheckedIOException("The gazetteer " + resource + " cannot be read.", e);
        }
    }

    private static final class Shipped {
        static final Gazetteer INSTANCE = read(RESOURCE);
    }
}
