package org.copydesk.engine.copycheck;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.story.BlockType;

/**
 * Prints what the gazetteer costs: the resource's size, its entries by kind, the time to read it,
 * the heap it keeps, and {@link CopyChecker#create} time and heap up to the first check. Not a
 * test: run it in a fresh JVM per variant, one variant a run, on a quiet machine, e.g.
 * <pre>
 * mvn -o -q -pl domain test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -cp domain/target/test-classes:domain/target/classes:$(cat domain/cp.txt) \
 *     org.copydesk.engine.copycheck.GazetteerFootprint world
 * </pre>
 * Variants: {@code world} (the shipped gazetteer), {@code curated} (gazetteer.txt alone, as the
 * copy check read before world.tsv), {@code reads} (reads the shipped gazetteer ten times and
 * prints each time), {@code creates} (see {@link #creates}). Heap figures are used heap after repeated full collections, so take the
 * median of several runs.
 */
public final class GazetteerFootprint {

    private GazetteerFootprint() {}

    public static void main(String[] args) throws Exception {
        String variant = args.length > 0 ? args[0] : "world";
        if (variant.equals("reads")) {
            reads();
            return;
        }
        if (variant.equals("creates")) {
            creates();
            return;
        }
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long base = usedAfterGc();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        Gazetteer gazetteer = variant.equals("curated") ? curated() : Gazetteer.shipped();
        double readMillis = millisSince(start);
        double readCpuMillis = (processCpuNanos() - cpuStart) / 1e6;
        long withGazetteer = usedAfterGc();

        cpuStart = processCpuNanos();
        start = System.nanoTime();
        CopyChecker checker = CopyChecker.create(gazetteer);
        double createMillis = millisSince(start);
        double createCpuMillis = (processCpuNanos() - cpuStart) / 1e6;
        start = System.nanoTime();
        List<Finding> findings = checker.check(
                List.of(Block.of(BlockType.PARAGRAPH, "Talks were held in Gaziantep on Monday, a spokeswoman said.")),
                "Talks in Gaziantep",
                null);
        double firstCheckMillis = millisSince(start);
        long sinceJvmStart = System.currentTimeMillis() - jvmStart;
        long withChecker = usedAfterGc();

        Map<Gazetteer.Kind, Integer> byKind = new EnumMap<>(Gazetteer.Kind.class);
        for (Gazetteer.Entry entry : gazetteer.entries()) {
            byKind.merge(entry.kind(), 1, Integer::sum);
        }
        System.out.printf(
                Locale.ROOT,
                "variant %s: %d entries, %d names %s%n",
                variant,
                gazetteer.entries().size(),
                gazetteer.names().size(),
                byKind);
        System.out.printf(
                Locale.ROOT, "  %s: %d bytes%n", Gazetteer.WORLD_RESOURCE, resourceSize(Gazetteer.WORLD_RESOURCE));
        System.out.printf(
                Locale.ROOT,
                "  read the gazetteer (first, cold JVM)     %8.1f ms (process CPU %.1f ms)%n",
                readMillis,
                readCpuMillis);
        System.out.printf(
                Locale.ROOT, "  heap the gazetteer keeps                  %8.1f MB%n", mb(withGazetteer - base));
        System.out.printf(
                Locale.ROOT,
                "  speller words                             %8d%n",
                CopyChecker.spellerWords(gazetteer).size());
        System.out.printf(
                Locale.ROOT,
                "  CopyChecker.create                        %8.1f ms (process CPU %.1f ms)%n",
                createMillis,
                createCpuMillis);
        System.out.printf(
                Locale.ROOT,
                "  first check after create                  %8.1f ms (%d findings)%n",
                firstCheckMillis,
                findings.size());
        System.out.printf(Locale.ROOT, "  JVM start to first check done             %8d ms%n", sinceJvmStart);
        System.out.printf(
                Locale.ROOT, "  heap: gazetteer and checker               %8.1f MB%n", mb(withChecker - base));
    }

    private static void reads() throws Exception {
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            Gazetteer gazetteer = Gazetteer.readShipped();
            System.out.printf(
                    Locale.ROOT,
                    "read %d: %.1f ms (%d entries)%n",
                    i + 1,
                    millisSince(start),
                    gazetteer.entries().size());
        }
    }

    /**
     * In one JVM, LanguageTool loaded once: {@code CopyChecker.create} with the curated list and with
     * the shipped gazetteer, alternately, five times each; the difference is what the gazetteer adds
     * (speller words, the name rule's names) to a create.
     */
    private static void creates() throws Exception {
        Gazetteer curated = curated();
        Gazetteer world = Gazetteer.shipped();
        CopyChecker.create(curated);
        double[][] millis = new double[2][5];
        for (int i = 0; i < 5; i++) {
            for (int v = 0; v < 2; v++) {
                long start = System.nanoTime();
                CopyChecker.create(v == 0 ? curated : world);
                millis[v][i] = millisSince(start);
            }
        }
        for (int v = 0; v < 2; v++) {
            double[] sorted = millis[v].clone();
            Arrays.sort(sorted);
            System.out.printf(
                    Locale.ROOT,
                    "CopyChecker.create, LanguageTool loaded, %s: median %.1f ms %s%n",
                    v == 0 ? "curated" : "world",
                    sorted[2],
                    Arrays.toString(millis[v]));
        }
    }

    /** The curated list alone, as the copy check read it before world.tsv. */
    private static Gazetteer curated() throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(Gazetteer.RESOURCE)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    names.add(line);
                }
            }
        }
        return Gazetteer.of(names);
    }

    private static long resourceSize(String resource) throws IOException {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            return in.readAllBytes().length;
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }

    /** CPU time of every thread of the JVM (JIT and GC included): less sensitive to load than wall time. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
