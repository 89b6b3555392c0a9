package io.evolp.cli;

import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.io.DatasetCsvReader;
import io.evolp.io.DatasetCsvWriter;
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

    @Option(names = "--plan", required = true, paramLabel = "plan.csv")
    Path plan;

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
        Inputs.requireFile(plan);
        List<LayerConfig> rows = DatasetCsvReader.readPlan(plan);
        SimulatedDevice dev = new SimulatedDevice(DeviceProfile.parse(device), seed);
        LayerDataset data = dev.measurePlan(rows, repeats);
        DatasetCsvWriter.write(data, out);
        spec.commandLine().getOut().printf("Simulated %d layers on %s (median of %d runs each) -> %s%n",
                data.size(), dev.name(), repeats, out);
        return 0;
    }
}
