package io.evolp.measure.source;

import io.evolp.core.ModelSpec;
import io.evolp.measure.MeasurementSource;
import io.evolp.measure.ReplaySource;
import io.evolp.measure.SimulatedSource;
import io.evolp.measure.local.LocalSettings;
import io.evolp.measure.local.LocalSource;
import io.evolp.measure.agent.AgentSources;
import io.evolp.measure.sim.DeviceProfile;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Turns a device spec as typed on the command line or in the GUI into a {@link MeasurementSource}:
 * {@code simulated:tx2|nano|cpu}, {@code replay:<file.jsonl>}, {@code local} (this machine, ONNX
 * Runtime in a worker process) — and, through {@link Options#otherSchemes()}, any scheme a caller
 * adds (the remote agent's {@code agent:HOST:PORT}).
 */
public final class MeasurementSources {

    private MeasurementSources() {
    }

    /**
     * What the specs need besides their text.
     *
     * @param simulation   options for simulated sources (seed, repeats, drift, …)
     * @param local        settings of the {@code local} device (threads, optimisation level, repeats, rounds …)
     * @param nearest      for replay: answer unknown models from the nearest recording (flagged)
     * @param loader       reads a JSON-lines model file (e.g. {@code ModelJson::readLines}); its
     *                     exceptions (unreadable file, bad line) pass through unchanged
     * @param otherSchemes asked for a spec none of the built-in schemes takes; returns a source, or
     *                     null when it does not know the spec either. The extension point for
     *                     {@code agent:HOST:PORT} (io.evolp.measure.agent), so this class need not
     *                     know every remote transport. May be null.
     */
    public record Options(SimulatedSource.Options simulation, LocalSettings local, boolean nearest,
                          Function<Path, List<ModelSpec>> loader, Function<String, MeasurementSource> otherSchemes) {

        public Options {
            if (simulation == null) simulation = SimulatedSource.Options.defaults();
            if (local == null) local = LocalSettings.defaults();
            if (loader == null) loader = p -> {
                throw new IllegalArgumentException("no model-file reader given; cannot replay " + p);
            };
        }

        /** Default simulation and local settings, no nearest replay, no model reader, no other schemes. */
        public static Options defaults() {
            return new Options(null, null, false, null, null);
        }

        public Options withSimulation(SimulatedSource.Options s) { return new Options(s, local, nearest, loader, otherSchemes); }
        public Options withLocal(LocalSettings l) { return new Options(simulation, l, nearest, loader, otherSchemes); }
        public Options withNearest(boolean n) { return new Options(simulation, local, n, loader, otherSchemes); }
        public Options withLoader(Function<Path, List<ModelSpec>> l) { return new Options(simulation, local, nearest, l, otherSchemes); }
        public Options withOtherSchemes(Function<String, MeasurementSource> o) { return new Options(simulation, local, nearest, loader, o); }
    }

    /**
     * @throws IllegalArgumentException for an unknown spec, naming what is accepted
     */
    public static MeasurementSource parse(String spec, Options options) {
        Options o = options == null ? Options.defaults() : options;
        String s = spec == null ? "" : spec.trim();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("simulated:")) {
            return new SimulatedSource(DeviceProfile.parse(s), o.simulation());
        }
        if (lower.startsWith("replay:")) {
            String file = s.substring("replay:".length()).trim();
            if (file.isEmpty()) throw new IllegalArgumentException("replay needs a file: replay:<file.jsonl>");
            Path path = Path.of(file);
            return ReplaySource.of(path.getFileName().toString(), o.loader().apply(path), o.nearest());
        }
        if (lower.equals("local")) {
            return new LocalSource(o.local() == null ? LocalSettings.defaults() : o.local());
        }
        if (AgentSources.accepts(s)) {
            return AgentSources.parse(s, o.local() == null ? LocalSettings.defaults() : o.local());
        }
        // Extension point: any later transport arrives through otherSchemes.
        if (o.otherSchemes() != null && !s.isEmpty()) {
            MeasurementSource other = o.otherSchemes().apply(s);
            if (other != null) return other;
        }
        throw new IllegalArgumentException("unknown measurement source '" + spec
                + "'; expected simulated:tx2, simulated:nano, simulated:cpu, replay:<file.jsonl>, local"
                + ", agent:HOST[:PORT] or agent:ssh://[USER@]HOST");
    }

    /**
     * @param spec       {@code simulated:<profile>}, {@code replay:<path>} or {@code local} (default settings)
     * @param simulation options for simulated sources (seed, repeats, drift, …)
     * @param nearest    for replay: answer unknown models from the nearest recording (flagged)
     * @param loader     reads a JSON-lines model file; its exceptions pass through unchanged
     * @throws IllegalArgumentException for an unknown spec, naming what is accepted
     */
    public static MeasurementSource parse(String spec, SimulatedSource.Options simulation, boolean nearest,
                                          Function<Path, List<ModelSpec>> loader) {
        return parse(spec, new Options(simulation, null, nearest, loader, null));
    }

    /** Simulated (or default local) sources only, no replay loader: default options with the given seed. */
    public static MeasurementSource parse(String spec, long seed) {
        return parse(spec, Options.defaults().withSimulation(SimulatedSource.Options.defaults().withSeed(seed)));
    }
}
