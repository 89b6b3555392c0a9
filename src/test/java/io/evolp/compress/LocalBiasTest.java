package io.evolp.compress;

import io.evolp.core.ModelSpec;
import io.evolp.core.zoo.Zoo;
import io.evolp.evolve.EvolvingPredictor;
import io.evolp.evolve.MeasuredPair;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A predictor that arrives with a long history fitted elsewhere (20 models on a device whose
 * whole-model factor is 1.30) compresses on a device that is 4 % slower than that history says:
 * the session's local bias factor makes it converge as fast as a fresh predictor would.
 */
class LocalBiasTest {

    private static final ModelSpec VGG = Zoo.model("vgg16", null);

    @Test
    void aSessionConvergesDespiteAHistoryThatIsBiasedNearTheBudget() {
        MacsPredictor base = new MacsPredictor(0.05);
        EvolvingPredictor p = EvolvingPredictor.start(base, "linear");
        SplittableRandom rnd = new SplittableRandom(3);
        int[] full = Zoo.get("vgg16").fullWidths();
        for (int i = 0; i < 20; i++) {
            int[] w = full.clone();
            for (int j = 0; j < w.length; j++) w[j] = Math.max(1, (int) Math.round(w[j] * (0.25 + 0.75 * rnd.nextDouble())));
            ModelSpec m = Zoo.model("vgg16", w);
            double raw = base.predictModel(m).latencyMs();
            p = p.withPair(new MeasuredPair("vgg16", "random " + i, raw, 1.30 * raw, 0, "history", true, Instant.EPOCH));
        }
        double fullRaw = base.predictModel(VGG).latencyMs();
        double budget = 0.5 * 1.35 * fullRaw;
        FixedSource device = new FixedSource(m -> 1.35 * base.predictModel(m).latencyMs());
        CompressionSession s = new CompressionSession(VGG, ChannelImportance.random(VGG, 1), p, device, budget, 6,
                BudgetSearch.Options.defaults());
        SessionResult r = s.run(ProgressMonitor.NONE);
        assertTrue(r.withinWindow(), "converged: " + s.reason());
        assertTrue(r.measurements() <= 3, "measurements: " + r.measurements());
        // the part of the bias (1.35 / 1.30) that the refitted correction still leaves at the candidates
        assertTrue(s.localFactor() > 1.005 && s.localFactor() < 1.35 / 1.30, "factor " + s.localFactor());
    }
}
