package org.copydesk.engine.copycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.copydesk.domain.story.Block;
import org.copydesk.engine.copycheck.TestStories.Story;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;

/**
 * Prints how long the copy check takes; asserts nothing about time (machines differ). For numbers
 * without other LanguageTool instances warming the JVM first, run it alone:
 * {@code mvn -o -q -pl domain test -Dtest=CopyCheckerTimingsTest}.
 */
class CopyCheckerTimingsTest {

    private static final KnownNames SEED_SOURCES = KnownNames.ofSources(List.of("Dmitry Peskov", "Alexander Gordeev"));
    private static final int LATER_CHECKS = 5;

    @Test
    void printTimings() {
        Story seed = TestStories.seed();

        long start = System.nanoTime();
        NameConsistencyRule rule = new NameConsistencyRule(Gazetteer.shipped());
        double createdRule = millisSince(start);
        Timed firstRule = time(() -> rule.check(seed.blocks(), seed.headline(), SEED_SOURCES));
        double laterRule = median(() -> rule.check(seed.blocks(), seed.headline(), SEED_SOURCES));

        start = System.nanoTime();
        CopyChecker checker = CopyChecker.create(Gazetteer.shipped());
        double created = millisSince(start);
        Timed first = time(() -> checker.check(seed.blocks(), seed.headline(), SEED_SOURCES));
        double later = median(() -> checker.check(seed.blocks(), seed.headline(), SEED_SOURCES));
        assertEquals(4, first.findings().size(), first.findings().toString());

        start = System.nanoTime();
        CopyChecker uncached = CopyChecker.create(Gazetteer.shipped(), 0, 1);
        double createdUncached = millisSince(start);
        Timed firstUncached = time(() -> uncached.check(seed.blocks(), seed.headline(), SEED_SOURCES));
        double laterUncached = median(() -> uncached.check(seed.blocks(), seed.headline(), SEED_SOURCES));
        assertEquals(first.findings().size(), firstUncached.findings().size());

        // Stock LanguageTool, all its default en-US rules, no cache, on the same text the checker builds.
        String text = seed.headline() + "\n\n"
                + seed.blocks().stream().map(Block::text).collect(Collectors.joining("\n\n"));
        JLanguageTool stock = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
        Timed firstStock = time(() -> stockCheck(stock, text));
        double laterStock = median(() -> stockCheck(stock, text));

        String later5 = "median of " + LATER_CHECKS + " later checks";
        System.out.printf(
                Locale.ROOT,
                "copy check timings (ms), seed story of %d blocks:%n",
                seed.blocks().size());
        print("NameConsistencyRule alone: create", createdRule);
        print("NameConsistencyRule alone: first check", firstRule.millis());
        print("NameConsistencyRule alone: " + later5, laterRule);
        print("CopyChecker.create (LanguageTool, warm-up)", created);
        print("first check of the seed", first.millis());
        print(later5 + " of the seed", later);
        print("no cache, 1 instance: create (not the first)", createdUncached);
        print("no cache, 1 instance: first check", firstUncached.millis());
        print("no cache, 1 instance: " + later5, laterUncached);
        print("stock LanguageTool en-US, no cache: first check", firstStock.millis());
        print("stock LanguageTool en-US, no cache: " + later5, laterStock);
        System.out.printf(
                Locale.ROOT,
                "  %-52s %8.1f%n",
                "stock / no cache, 1 instance (later checks), times",
                laterStock / laterUncached);
    }

    private static List<Finding> stockCheck(JLanguageTool languageTool, String text) {
        try {
            languageTool.check(text);
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void print(String what, double millis) {
        System.out.printf(Locale.ROOT, "  %-52s %8.1f%n", what, millis);
    }

    private record Timed(double millis, List<Finding> findings) {}

    private static Timed time(Supplier<List<Finding>> check) {
        long start = System.nanoTime();
        List<Finding> findings = check.get();
        return new Timed(millisSince(start), findings);
    }

    private static double median(Supplier<List<Finding>> check) {
        double[] millis = new double[LATER_CHECKS];
        for (int i = 0; i < LATER_CHECKS; i++) {
            millis[i] = time(check).millis();
        }
        Arrays.sort(millis);
        return millis[LATER_CHECKS / 2];
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
