package io.evolp.ui.compression;

import io.evolp.core.ModelSpec;
import io.evolp.measure.MeasurementSource;
import io.evolp.measure.source.MeasurementSources;
import io.evolp.measure.ReplaySource;
import io.evolp.measure.SimulatedSource;
import io.evolp.ui.workspace.DeviceSetup;

import java.util.List;

/**
 * The measurement source the user picked: a simulated profile, or a replay file already read and
 * checked when it was chosen (so opening the source never touches the disk).
 *
 * @param spec     {@code simulated:tx2} … or {@code replay:<file name>}
 * @param recorded the replay file's models (replay only, else empty)
 * @param nearest  replay: answer unrecorded models from the nearest recording (flagged in the log)
 * @param device   local or agent: the device's settings and token as the Devices screen keeps them
 *                 (captured on the FX thread); null for simulated and replay
 */
record SourceChoice(String spec, List<ModelSpec> recorded, boolean nearest, DeviceSetup device) {

    /** Runs per simulated measurement, the CLI's default: the median of 9 runs scatters well inside the 3 % window. */
    static final int SIMULATED_REPEATS = 9;

    SourceChoice {
        recorded = List.copyOf(recorded);
    }

    SourceChoice(String spec, List<ModelSpec> recorded, boolean nearest) {
        this(spec, recorded, nearest, null);
    }

    /** A real device (local or agent) with its settings and token. */
    static SourceChoice device(DeviceSetup setup) {
        return new SourceChoice(setup.spec(), List.of(), false, setup);
    }

    static SourceChoice simulated(String spec) {
        return new SourceChoice(spec, List.of(), false);
    }

    boolean replay() {
        return spec.startsWith("replay:");
    }

    /** A fresh source; real devices measure with their Devices-screen settings; simulated sources measure at full speed (the screen paces the steps itself). */
    MeasurementSource open() {
        if (device != null) return device.open();
        if (replay()) return ReplaySource.of(spec.substring("replay:".length()), recorded, nearest);
        return MeasurementSources.parse(spec, SimulatedSource.Options.defaults().withRepeats(SIMULATED_REPEATS), false,
                p -> {
                    throw new IllegalArgumentException("replay files are read when chosen, not here: " + p);
                });
    }
}
