package io.evolp.cli;

import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.io.DatasetCsvReader;
import io.evolp.io.DatasetCsvWriter;
import io.evolp.io.ModelJson;
import io.evolp.core.ModelSpec;
import io.evolp.core.Stats;
import io.evolp.measure.sim.DeviceProfile;
import io.evolp.measure.sim.SimulatedDevice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code evolp simulate}: "measures" a plan on an analytic simulated device. The output is labelled
 * simulated in its device name — it is never a real measurement.
 */
@Command(name = "simulate", description = "Run a sampling plan on a SIMULATED device (analytic roofline model with "
        + "noise) and write a layer dataset. Device names always say 'simulated'.")
final class SimulateCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @picocli.CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--plan", required = true, paramLabel = "plan.csv", description = "Layer plan → layer dataset CSV.")
        Path plan;

        @Option(names = "--models", required = true, paramLabel = "M.jsonl",
                description = "Whole models → the same JSON lines with latency_ms added.")
        Path models;
    }

    @Option(names = "--device", required = true, paramLabel = "simulated:PROFILE",
            description = "simulated:tx2, simulated:nano or simulated:cpu.")
    String device;

    @Option(names = "--repeats", defaultValue = "5", description = "Noisy runs per row; the median is recorded (default ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--seed", defaultValue = "1", description = "Noise seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "data.csv")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (repeats < 1) throw new IllegalArgumentException("--repeats must be at least 1");
        OutputGuard.check("--out", out, "--plan", what.plan, "--models", what.models);
        SimulatedDevice dev = new SimulatedDevice(DeviceProfile.parse(device), seed);
        if (what.models != null) return simulateModels(dev);
        Inputs.requireFile(what.plan);
        List<LayerConfig> rows = DatasetCsvReader.readPlan(what.plan);
        LayerDataset data = dev.measurePlan(rows, repeats);
        DatasetCsvWriter.write(data, out);
        spec.commandLine().getOut().printf("Simulated %d layers on %s (median of %d runs each) -> %s%n",
                data.size(), dev.name(), repeats, out);
        return 0;
    }

    /** Whole-model latency (median of the repeats) of every model, as JSON lines with latency_ms. */
    private int simulateModels(SimulatedDevice dev) throws java.io.IOException {
        List<ModelSpec> models = Inputs.models(what.models);
        List<ModelSpec> measured = new java.util.ArrayList<>();
        for (ModelSpec m : models) {
            // The same definition the compression session's simulated source measures.
            measured.add(m.withLatency(Stats.median(dev.measureModelRuns(m, repeats))));
        }
        ModelJson.writeLines(measured, out);
        spec.commandLine().getOut().printf("Simulated %d whole models on %s (median of %d runs each) -> %s%n",
                measured.size(), dev.name(), repeats, out);
        return 0;
    }
}
