package io.evolp.ui.devices;

import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import io.evolp.core.ModelSpec;
import io.evolp.io.ModelJson;
import io.evolp.measure.ReplaySource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * What a replay file holds, for the Devices screen: how many recorded whole models, of which
 * families, the latency range, and whether the recordings came from a simulated device (the
 * project's naming rule: "simulated" in the file name).
 */
public record ReplayInfo(Path file, int models, List<String> families, double minMs, double maxMs, boolean simulated) {

    /** Spec of the source ({@code replay:<absolute path>}) as the workspace and the Compression screen use it. */
    public String spec() {
        return spec(file);
    }

    public static String spec(Path file) {
        return "replay:" + file.toAbsolutePath().normalize();
    }

    /**
     * Reads and checks a replay file (off the FX thread).
     *
     * @throws InvalidInputException naming file, line and column for a bad line, or when a model has no latency_ms
     */
    public static ReplayInfo read(Path file) throws IOException {
        List<ModelSpec> models = ModelJson.read(file);
        try {
            ReplaySource.of(file.getFileName().toString(), models, false); // same checks the measuring source makes
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(new InputProblem(file.toString(), 0, 0, null,
                    e.getMessage() + " — a replay file needs latency_ms on every model"));
        }
        TreeSet<String> families = new TreeSet<>();
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (ModelSpec m : models) {
            families.add(m.family());
            min = Math.min(min, m.latencyMs());
            max = Math.max(max, m.latencyMs());
        }
        boolean simulated = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).contains("simulated");
        return new ReplayInfo(file.toAbsolutePath().normalize(), models.size(), List.copyOf(families), min, max, simulated);
    }
}
