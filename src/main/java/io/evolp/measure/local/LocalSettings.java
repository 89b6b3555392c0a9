package io.evolp.measure.local;

/**
 * How a local measurement runs (DESIGN §1.3, §7): ONNX Runtime threads and graph optimisation level,
 * warm-up runs, timed repeats per round, and rounds (a list of items is shuffled anew every round, so
 * slow drift and background load spread over all items instead of hitting a contiguous block).
 *
 * @param intraOpThreads ORT intra-op threads; 1 by default — on a machine with 2 vCPUs worth one core
 *                       more threads only add noise (DESIGN §7)
 * @param optLevel       ORT graph optimisation level; ALL (ORT's own default) fuses Conv+BN+ReLU and
 *                       uses the NCHWc layout, as a deployment would; recorded with every result
 * @param moduleRepeats  branches per layer module (OnnxExport.layerModule); per-layer time = module
 *                       time / moduleRepeats
 * @param seed           seed of the shuffles and of the random inputs
 */
public record LocalSettings(int intraOpThreads, OptLevel optLevel, int warmup, int repeats, int rounds,
                            int moduleRepeats, long seed) {

    /** ORT's graph optimisation levels, named as in its documentation. */
    public enum OptLevel { NONE, BASIC, EXTENDED, ALL }

    public LocalSettings {
        if (intraOpThreads < 1 || intraOpThreads > 256) throw new IllegalArgumentException("threads must be 1–256, was " + intraOpThreads);
        if (optLevel == null) throw new IllegalArgumentException("optimisation level is required");
        if (warmup < 0 || warmup > 10_000) throw new IllegalArgumentException("warm-up runs must be 0–10000, was " + warmup);
        if (repeats < 1 || repeats > 100_000) throw new IllegalArgumentException("repeats must be 1–100000, was " + repeats);
        if (rounds < 1 || rounds > 1000) throw new IllegalArgumentException("rounds must be 1–1000, was " + rounds);
        if (moduleRepeats < 1 || moduleRepeats > 1000) throw new IllegalArgumentException("module repeats must be 1–1000, was " + moduleRepeats);
    }

    /** 1 thread, ALL, 5 warm-up runs, 20 repeats, 3 rounds, 20 branches per layer module (the authors' 20 × 20). */
    public static LocalSettings defaults() {
        return new LocalSettings(1, OptLevel.ALL, 5, 20, 3, 20, 1);
    }

    public LocalSettings withThreads(int t) { return new LocalSettings(t, optLevel, warmup, repeats, rounds, moduleRepeats, seed); }
    public LocalSettings withOptLevel(OptLevel o) { return new LocalSettings(intraOpThreads, o, warmup, repeats, rounds, moduleRepeats, seed); }
    public LocalSettings withWarmup(int w) { return new LocalSettings(intraOpThreads, optLevel, w, repeats, rounds, moduleRepeats, seed); }
    public LocalSettings withRepeats(int r) { return new LocalSettings(intraOpThreads, optLevel, warmup, r, rounds, moduleRepeats, seed); }
    public LocalSettings withRounds(int r) { return new LocalSettings(intraOpThreads, optLevel, warmup, repeats, r, moduleRepeats, seed); }
    public LocalSettings withModuleRepeats(int m) { return new LocalSettings(intraOpThreads, optLevel, warmup, repeats, rounds, m, seed); }
    public LocalSettings withSeed(long s) { return new LocalSettings(intraOpThreads, optLevel, warmup, repeats, rounds, moduleRepeats, s); }
}
