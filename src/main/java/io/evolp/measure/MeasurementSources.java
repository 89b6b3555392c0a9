package io.evolp.measure;

import io.evolp.core.ModelSpec;
import io.evolp.measure.sim.DeviceProfile;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Turns a device spec as typed on the command line or in the GUI into a {@link MeasurementSource}:
 * {@code simulated:tx2|nano|cpu} or {@code replay:<file.jsonl>}.
 */
public final class MeasurementSources {

    private MeasurementSources() {
    }

    /**
     * @param spec       {@code simulated:<profile>} or {@code replay:<path>}
     * @param simulation options for simulated sources (seed, repeats, drift, …)
     * @param nearest    for replay: answer unknown models from the nearest recording (flagged)
     * @param loader     reads a JSON-lines model file (e.g. {@code ModelJson::readLines}); its
     *                   exceptions (unreadable file, bad line) pass through unchanged
     * @throws IllegalArgumentException for an unknown spec, naming what is accepted
     */
    public static MeasurementSource parse(String spec, SimulatedSource.Options simulation, boolean nearest,
                                          Function<Path, List<ModelSpec>> loader) {
        String s = spec == null ? "" : spec.trim();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("simulated:")) {
            return new SimulatedSource(DeviceProfile.parse(s), simulation);
        }
        if (lower.startsWith("replay:")) {
            String file = s.substring("replay:".length()).trim();
            if (file.isEmpty()) throw new IllegalArgumentException("replay needs a file: replay:<file.jsonl>");
            Path path = Path.of(file);
            return ReplaySource.of(path.getFileName().toString(), loader.apply(path), nearest);
        }
        throw new IllegalArgumentException("unknown measurement source '" + spec
                + "'; expected simulated:tx2, simulated:nano, simulated:cpu or replay:<file.jsonl>");
    }

    /** Simulated sources only (no replay loader needed): default options with the given seed. */
    public static MeasurementSource parse(String spec, long seed) {
        return parse(spec, SimulatedSource.Options.defaults().withSeed(seed), false, p -> {
            throw new IllegalArgumentException("no model-file reader given; cannot replay " + p);
        });
    }
}
