package org.copydesk.domain.copycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.copydesk.domain.copycheck.TestStories.Story;
import org.junit.jupiter.api.Test;

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
        assertEquals(1, first.findings().size(), first.findings().toString());

        start = System.nanoTime();
        CopyChecker uncached = CopyChecker.create(Gazetteer.shipped(), 0, 1);
        double createdUncached = millisSince(start);
        Timed firstUncached = time(() -> uncached.check(seed.blocks(), seed.headline(), SEED_SOURCES));
        double laterUncached = median(() -> uncached.check(seed.blocks(), seed.headline(), SEED_SOURCES));
        assertEquals(first.findings().size(), firstUncached.findings().size());

        System.out.printf(Locale.ROOT, "copy check timings (ms), seed story of %d blocks:%n", seed.blocks().size());
        System.out.printf(Locale.ROOT, "  NameConsistencyRule alone: create            %8.1f%n", createdRule);
        System.out.printf(Locale.ROOT, "  NameConsistencyRule alone: first check       %8.1f%n", firstRule.millis());
        System.out.printf(Locale.ROOT, "  NameConsistencyRule alone: median of %d       %8.1f%n", LATER_CHECKS, laterRule);
        System.out.printf(Locale.ROOT, "  CopyChecker.create (LanguageTool + warm-up)  %8.1f%n", created);
        System.out.printf(Locale.ROOT, "  first check of the seed                      %8.1f%n", first.millis());
        System.out.printf(Locale.ROOT, "  later checks of the seed, median of %d        %8.1f%n", LATER_CHECKS, later);
        System.out.printf(Locale.ROOT, "  without cache, 1 instance: create (more)     %8.1f%n", createdUncached);
        System.out.printf(Locale.ROOT, "  without cache, 1 instance: first check      %8.1f%n", firstUncached.millis());
        System.out.printf(Locale.ROOT, "  without cache, 1 instance: median of %d      %8.1f%n", LATER_CHECKS, laterUncached);
    }

    private record Timed(double millis, List<Finding> findings) {
    }

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
