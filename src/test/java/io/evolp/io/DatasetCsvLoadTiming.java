package io.evolp.io;

import io.evolp.core.Stats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Throwaway timing program (not a test, no assertions on time): generates a 1M-row file and prints
 * the median load time of 5 loads after warm-up. Run with the test classpath:
 * {@code java -cp target/classes:target/test-classes io.evolp.io.DatasetCsvLoadTiming [rows]}.
 */
public final class DatasetCsvLoadTiming {

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("evolp-bench");
        Path file = dir.resolve("bench.csv");
        try {
            long t0 = System.nanoTime();
            SyntheticDatasets.generateFile(file, rows, 42);
            System.out.printf("generated %d rows, %.1f MB in %.0f ms%n", rows, Files.size(file) / 1e6,
                    (System.nanoTime() - t0) / 1e6);
            double cold = medianLoadMillis(file, 0, 1);
            System.out.printf("first (cold JIT) load: %.0f ms%n", cold);
            double median = medianLoadMillis(file, 3, 5);
            System.out.printf("median load of 5 (after 3 warm-ups): %.0f ms%n", median);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    /**
     * Median wall time in ms of {@code runs} loads of {@code file} after {@code warmups} unmeasured
     * loads (so the JIT has compiled the parser).
     */
    static double medianLoadMillis(Path file, int warmups, int runs) throws IOException {
        for (int i = 0; i < warmups; i++) DatasetCsvReader.read(file, null);
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            DatasetLoadResult r = DatasetCsvReader.read(file, null);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            if (r.hasProblems()) throw new IllegalStateException("benchmark file has problems: " + r.problems().get(0));
        }
        return Stats.median(ms);
    }
}
