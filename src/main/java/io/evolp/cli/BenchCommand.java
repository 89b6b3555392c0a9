package io.evolp.cli;

import io.evolp.compress.BudgetSearch;
import io.evolp.compress.ChannelImportance;
import io.evolp.compress.CompressionSession;
import io.evolp.compress.SessionResult;
import io.evolp.core.LayerDataset;
import io.evolp.core.Stats;
import io.evolp.evolve.EvolvingPredictor;
import io.evolp.measure.SimulatedSource;
import io.evolp.core.ModelSpec;
import io.evolp.core.SamplingPlan;
import io.evolp.core.zoo.Zoo;
import io.evolp.io.SyntheticDatasets;
import io.evolp.io.DatasetCsvReader;
import io.evolp.io.JsonOut;
import io.evolp.measure.sim.DeviceProfile;
import io.evolp.measure.sim.SimulatedDevice;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.PredictorBench;
import io.evolp.predict.Predictors;
import io.evolp.predict.TrainOptions;
import io.evolp.task.ProgressMonitor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * {@code evolp bench}: the speed targets of the core on generated data. Timings are medians of
 * repeated runs after a warm-up (single runs on a shared 2-core machine are noisy); the spread
 * (min–max) is reported alongside.
 */
@Command(name = "bench", description = "Measure load, training and prediction speed on generated data "
        + "(medians of repeated runs).")
final class BenchCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object with the figures.")
    boolean json;

    @Option(names = "--rows", defaultValue = "1000000", description = "Rows of the generated CSV to load (default ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--repeats", defaultValue = "5", description = "Timed repetitions per figure (default ${DEFAULT-VALUE}).")
    int repeats;

    @Override
    public Integer call() throws Exception {
        if (rows < 1 || repeats < 1) throw new IllegalArgumentException("--rows and --repeats must be positive");
        Map<String, Object> o = new LinkedHashMap<>();
        PrintWriter err = spec.commandLine().getErr();

        err.println("bench: loading a generated " + rows + "-row CSV …");
        double[] load = timeLoads();
        o.put("load_rows", rows);
        o.put("load_ms", Stats.median(load));
        if (rows == 1_000_000) o.put("load_1m_rows_ms", Stats.median(load));
        o.put("load_ms_min", min(load));
        o.put("load_ms_max", max(load));

        err.println("bench: training evolp on 3,000 simulated VGG16 plan rows …");
        ModelSpec vgg = Zoo.model("vgg16", null);
        LayerDataset train = new SimulatedDevice(DeviceProfile.TX2, 7)
                .measurePlan(SamplingPlan.plan(vgg, 3000), 1);
        o.put("train_rows", train.size());
        o.put("train_3000_rows_ms", PredictorBench.trainMillis(train, repeats));

        err.println("bench: training auto (cross-validated choice of kind) on the same rows …");
        long cpu0 = processCpuNanos();
        double[] auto = PredictorBench.trainMillis("auto", train, repeats);
        // CPU time too: on a shared machine wall time depends on the neighbours, CPU time much less.
        o.put("train_auto_3000_rows_cpu_ms", (processCpuNanos() - cpu0) / 1e6 / repeats);
        o.put("train_auto_3000_rows_ms", Stats.median(auto));
        o.put("train_auto_3000_rows_ms_min", min(auto));
        o.put("train_auto_3000_rows_ms_max", max(auto));

        err.println("bench: gbt whole-model predictions over 1,000 distinct random-width VGG16 models …");
        LatencyPredictor gbt = Predictors.train("gbt", train, TrainOptions.defaults(), ProgressMonitor.NONE);
        var cycle = PredictorBench.randomWidthModels("vgg16", 1000, 11);
        double[] gbtRates = new double[repeats];
        for (int i = 0; i < repeats; i++) gbtRates[i] = PredictorBench.cyclePredictionsPerSecond(gbt, cycle, 0.5);
        o.put("gbt_random_vgg16_predictions_per_s", Stats.median(gbtRates));
        o.put("gbt_random_vgg16_predictions_per_s_min", min(gbtRates));
        o.put("gbt_random_vgg16_predictions_per_s_max", max(gbtRates));

        err.println("bench: whole-model VGG16 predictions …");
        LatencyPredictor p = Predictors.train("evolp", train, TrainOptions.defaults(), ProgressMonitor.NONE);
        double[] rates = new double[repeats];
        for (int i = 0; i < repeats; i++) rates[i] = PredictorBench.predictionsPerSecond(p, vgg, 0.5);
        o.put("predictions_per_s", Stats.median(rates));
        o.put("predictions_per_s_min", min(rates));
        o.put("predictions_per_s_max", max(rates));

        err.println("bench: whole VGG16 compression sessions on a simulated TX2 (no simulated waiting) …");
        double[] sessions = new double[repeats];
        int measurements = 0;
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            measurements += compressionSession(p, vgg, i).measurements();
            sessions[i] = (System.nanoTime() - t0) / 1e6;
        }
        o.put("compress_vgg16_ms", Stats.median(sessions));
        o.put("compress_vgg16_ms_max", max(sessions));
        o.put("compress_vgg16_mean_measurements", (double) measurements / repeats);

        o.put("java", System.getProperty("java.version"));
        o.put("cores", Runtime.getRuntime().availableProcessors());

        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonOut.line(o));
        } else {
            o.forEach((k, v) -> out.printf("%-26s %s%n", k, v));
        }
        return 0;
    }

    /** One EvoLP loop to half the full model's predicted latency, demo γ, up to 10 measurements. */
    private static SessionResult compressionSession(LatencyPredictor p, ModelSpec vgg, long seed) {
        EvolvingPredictor ep = EvolvingPredictor.start(p, io.evolp.evolve.Corrections.DEFAULT);
        double budget = 0.5 * p.predictModel(vgg).latencyMs();
        try (SimulatedSource device = new SimulatedSource(DeviceProfile.TX2, SimulatedSource.Options.defaults().withSeed(seed))) {
            return new CompressionSession(vgg, ChannelImportance.random(vgg, seed), ep, device, budget, 10,
                    BudgetSearch.Options.defaults()).run(ProgressMonitor.NONE);
        }
    }

    private double[] timeLoads() throws Exception {
        Path dir = Files.createTempDirectory("evolp-bench");
        Path file = dir.resolve("bench.csv");
        try {
            SyntheticDatasets.generateFile(file, rows, 1);
            DatasetCsvReader.read(file, "bench"); // warm-up: JIT and page cache
            double[] ms = new double[repeats];
            for (int i = 0; i < repeats; i++) {
                long t0 = System.nanoTime();
                int n = DatasetCsvReader.read(file, "bench").dataset().size();
                ms[i] = (System.nanoTime() - t0) / 1e6;
                if (n != rows) throw new IllegalStateException("bench file loaded " + n + " of " + rows + " rows");
            }
            return ms;
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static double min(double[] v) { return Arrays.stream(v).min().orElse(Double.NaN); }
    private static double max(double[] v) { return Arrays.stream(v).max().orElse(Double.NaN); }
}
