package io.evolp.evolve;

import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvolutionEvalTest {

    /** Two families: one the raw sum gets right (±3%), one it misses by 25% (±2%). */
    static List<EvalSample> samples() {
        List<EvalSample> out = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(4);
        for (int i = 0; i < 12; i++) {
            double raw = 40 + 40 * r.nextDouble();
            out.add(new EvalSample("vgg16", raw, raw * (1 + 0.03 * r.nextGaussian()), Double.NaN));
            double raw2 = 15 + 10 * r.nextDouble();
            out.add(new EvalSample("inceptionv3", raw2, 1.25 * raw2 * (1 + 0.02 * r.nextGaussian()), Double.NaN));
        }
        return out;
    }

    @Test
    void noneIsTheRawSumAndEveryKindSeesTheSameDraws() {
        List<EvalSample> s = samples();
        EvolutionEval.Result r = EvolutionEval.run(s, EvolutionEval.Options.defaults().withDraws(5), ProgressMonitor.NONE);
        assertEquals(11, r.maxK());
        double expected = 0;
        for (EvalSample e : s) expected += 100 * Math.abs(e.rawMs() - e.measuredMs()) / e.measuredMs() / s.size();
        assertEquals(expected, r.cell("none", 0).mape().median(), 1e-9);
        assertEquals(0, r.cell("none", 3).coverage().n(), "the raw sum has no band");
        EvolutionEval.Result again = EvolutionEval.run(s, EvolutionEval.Options.defaults().withDraws(5), ProgressMonitor.NONE);
        assertEquals(r.cell("linear", 2).mape(), again.cell("linear", 2).mape());
    }

    @Test
    void theDefaultLearnsTheMissedFamilyAndItsBandCovers() {
        EvolutionEval.Result r = EvolutionEval.run(samples(), EvolutionEval.Options.defaults().withDraws(10).withMaxK(5),
                ProgressMonitor.NONE);
        assertTrue(r.cell("shrink", 3).mape().median() < 0.5 * r.cell("none", 3).mape().median());
        double cov = r.cell("shrink", 5).coverage().mean();
        assertTrue(cov >= 80 && cov <= 100, "coverage " + cov);
    }

    @Test
    void aFamilyWithOneModelCannotBeJudged() {
        List<EvalSample> s = new ArrayList<>(samples());
        s.add(new EvalSample("resnet50", 20, 21, Double.NaN));
        var e = assertThrows(IllegalArgumentException.class,
                () -> EvolutionEval.run(s, EvolutionEval.Options.defaults(), ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("resnet50=1"), e.getMessage());
    }
}
