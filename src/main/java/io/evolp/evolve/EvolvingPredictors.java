package io.evolp.evolve;

import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import io.evolp.core.ModelSpec;
import io.evolp.measure.Measurement;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Operations on evolving predictors that the CLI and the GUI share. */
public final class EvolvingPredictors {

    private EvolvingPredictors() {
    }

    /** The same base and history refitted with another correction kind. */
    public static EvolvingPredictor withCorrection(EvolvingPredictor p, String kind) {
        Correction prototype = Corrections.create(kind);
        return EvolvingPredictor.of(p.base(), prototype, FamilyCorrections.defaultMinFamilyPoints(prototype), p.history());
    }

    /**
     * Evolves {@code p} from recorded whole-model measurements (models carrying {@code latency_ms}).
     * A file whose name says "simulated" holds simulated numbers and its pairs are labelled so.
     *
     * @throws InvalidInputException naming the model (1-based position in the file) that has no latency
     */
    public static EvolvingPredictor withRecorded(EvolvingPredictor p, List<ModelSpec> measured, String fileName) {
        boolean simulated = fileName.toLowerCase(Locale.ROOT).contains("simulated");
        Instant now = Instant.now();
        for (int i = 0; i < measured.size(); i++) {
            ModelSpec m = measured.get(i);
            if (m.latencyMs() == null) {
                throw new InvalidInputException(new InputProblem(fileName, 0, 0, "latency_ms",
                        "model " + (i + 1) + " (" + m.name() + ") has no latency_ms measurement"));
            }
            p = p.withMeasurement(m, new Measurement(m.latencyMs(), 0, 1, now, "file:" + fileName, simulated, ""));
        }
        return p;
    }
}
