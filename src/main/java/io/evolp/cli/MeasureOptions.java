package io.evolp.cli;

import io.evolp.measure.MeasurementSource;
import io.evolp.measure.source.MeasurementSources;
import io.evolp.measure.SimulatedSource;
import io.evolp.measure.local.LocalSettings;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The device options shared by {@code measure} and {@code measure-model}: which source, and how the
 * local device (or a remote agent, which measures with the same settings) runs each measurement.
 */
final class MeasureOptions {

    @Option(names = "--device", required = true, paramLabel = "SOURCE",
            description = "local (this machine, ONNX Runtime), agent:HOST:PORT (a remote evolp agent), "
                    + "simulated:tx2|nano|cpu or replay:F.jsonl.")
    String device;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
            description = "ONNX Runtime intra-op threads (default ${DEFAULT-VALUE}; one is steadiest on a shared machine).")
    int threads;

    @Option(names = "--opt-level", defaultValue = "all", paramLabel = "LEVEL",
            description = "ONNX Runtime graph optimisation: all, extended, basic or none (default ${DEFAULT-VALUE}; "
                    + "all fuses Conv+BN+ReLU as a deployment would).")
    String optLevel;

    @Option(names = "--warmup", paramLabel = "N", description = "Untimed runs per session (local default 5).")
    Integer warmup;

    @Option(names = "--repeats", paramLabel = "N",
            description = "Timed runs per round (local default 20; simulated: noisy runs, default 5).")
    Integer repeats;

    @Option(names = "--rounds", paramLabel = "N",
            description = "Rounds per measurement, each in a fresh ONNX Runtime session; the median is over "
                    + "all runs of all rounds (default 3).")
    Integer rounds;

    @Option(names = "--module-repeats", paramLabel = "N",
            description = "Copies of a layer in its measurement module; per-layer time = module time / N (default 20).")
    Integer moduleRepeats;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of shuffles, random inputs and simulated noise (default ${DEFAULT-VALUE}).")
    long seed;

    LocalSettings localSettings() {
        LocalSettings.OptLevel level;
        try {
            level = LocalSettings.OptLevel.valueOf(optLevel.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--opt-level must be all, extended, basic or none, was '" + optLevel + "'");
        }
        LocalSettings d = LocalSettings.defaults();
        return new LocalSettings(threads, level, warmup != null ? warmup : d.warmup(), repeats != null ? repeats : d.repeats(),
                rounds != null ? rounds : d.rounds(), moduleRepeats != null ? moduleRepeats : d.moduleRepeats(), seed);
    }

    /** Simulated sources take {@code repeats × rounds} noisy runs, so the options mean the same amount of work. */
    SimulatedSource.Options simulation(int defaultRuns) {
        int runs = (repeats != null ? repeats : defaultRuns) * (rounds != null ? rounds : 1);
        if (runs < 1) throw new IllegalArgumentException("--repeats and --rounds must be at least 1");
        return SimulatedSource.Options.defaults().withSeed(seed).withRepeats(runs);
    }

    MeasurementSource open() {
        return open(5, false);
    }

    /**
     * @param simulatedRuns default noisy runs per simulated measurement
     * @param nearest       replay: answer unrecorded models from the nearest recording (flagged)
     */
    MeasurementSource open(int simulatedRuns, boolean nearest) {
        MeasurementSources.Options o = MeasurementSources.Options.defaults()
                .withSimulation(simulation(simulatedRuns)).withLocal(localSettings()).withNearest(nearest)
                .withLoader(path -> {
                    try {
                        return Inputs.models(path);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        try {
            return MeasurementSources.parse(device, o);
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException(EvolpCli.describe(e.getCause()), e);
        }
    }
}
