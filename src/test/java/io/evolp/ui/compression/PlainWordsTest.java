package io.evolp.ui.compression;

import io.evolp.compress.BudgetSearch;
import io.evolp.compress.SessionState;
import io.evolp.core.zoo.Zoo;
import io.evolp.evolve.Correction;
import io.evolp.evolve.Corrections;
import io.evolp.evolve.LinearCorrection;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 13's plain words, without a window: correction parameters, the status headline, the sample prompt. */
class PlainWordsTest {

    @Test
    void linearParametersReadAsSlopeOffsetAndFitError() {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("a", 1.3012);
        p.put("b", 3.14);
        p.put("n", 4.0);
        p.put("scale_only", 0.0);
        p.put("residual_se_ms", 0.812);
        assertEquals("slope 1.301, offset 3.140 ms, fit error ±0.8120 ms", CorrectionWords.describe(p));
        p.put("scale_only", 1.0);
        p.put("residual_se_ms", Double.NaN);
        assertEquals("slope 1.301, no offset, fit error — (too few points)", CorrectionWords.describe(p));
    }

    @Test
    void bayesUncertaintiesFoldIntoSlopeAndOffset() {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("a", 1.05);
        p.put("b", 2.0);
        p.put("n", 3.0);
        p.put("a_sd", 0.041);
        p.put("b_sd_ms", 0.22);
        p.put("relative_noise", 0.021);
        assertEquals("slope 1.050 ± 0.041, offset 2 ± 0.22 ms, noise ±2.1 %", CorrectionWords.describe(p));
    }

    @Test
    void everyCorrectionKindIsDescribedWithoutItsFieldNames() {
        for (String kind : Corrections.KINDS) {
            Correction c = Corrections.create(kind);
            for (double[] pt : List.of(new double[]{10, 13}, new double[]{20, 25}, new double[]{30, 38.5})) {
                c = c.withPoint(pt[0], pt[1]);
            }
            String words = CorrectionWords.describe(c.parameters());
            assertTrue(words.startsWith("slope "), kind + ": " + words);
            for (String name : CompressionClassroomScreenTest.FIELD_NAMES) {
                assertFalse(words.contains(name), kind + " shows " + name + ": " + words);
            }
            for (String key : c.parameters().keySet()) assertFalse(words.contains(key + " ="), words);
        }
        assertTrue(new LinearCorrection(List.of()).parameters().containsKey("residual_se_ms"), "the core keeps its names");
    }

    @Test
    void aScaleOnlyCorrectionHasNoOffsetInTheCaption() {
        java.util.Map<String, Double> c = new LinkedHashMap<>();
        c.put("a", 1.4);
        c.put("b", 0.0);
        var m = new io.evolp.measure.Measurement(44.1, 1.2, 9, java.time.Instant.EPOCH, "simulated:tx2", true, "");
        var step = new io.evolp.compress.SessionStep(7, List.of(1, 2), 0.5, 0.5, 30, 43.4, null, m, c,
                BudgetSearch.Outcome.IN_WINDOW, List.of(), true, io.evolp.compress.SessionStep.SEARCH, 44.1, 0.2, 1,
                io.evolp.compress.Evidence.Verdict.UNSURE);
        assertTrue(Texts.caption(step).endsWith("; correction now 1.40x"), Texts.caption(step));
    }

    @Test
    void theHeadlineSaysWhatTheLoopIsDoing() {
        assertEquals("Paused (Run continues, Step measures once more)",
                Texts.headline(SessionState.RUNNING, false, SessionRunner.Activity.IDLE, 0));
        assertEquals("Stepping: measuring one candidate",
                Texts.headline(SessionState.RUNNING, false, SessionRunner.Activity.STEPPING, 4));
        assertEquals("Running (one measurement every 4.0 s)",
                Texts.headline(SessionState.RUNNING, false, SessionRunner.Activity.RUNNING, 4));
        assertEquals("Running", Texts.headline(SessionState.RUNNING, false, SessionRunner.Activity.RUNNING, 0));
        assertEquals("Pausing after this measurement",
                Texts.headline(SessionState.RUNNING, false, SessionRunner.Activity.PAUSING, 4));
        assertEquals("Converged (confirmed)", Texts.headline(SessionState.CONVERGED, true, SessionRunner.Activity.IDLE, 4));
    }

    @Test
    void theSamplePromptNamesTheCandidate() {
        var base = Zoo.model("vgg16", null);
        BudgetSearch.Result r = new BudgetSearch.Result(List.of(32, 64, 128), 0.5, 0.423, base, 30, 43.62,
                null, List.of(), true, BudgetSearch.Outcome.IN_WINDOW, "");
        String prompt = Texts.samplePrompt(r);
        assertTrue(prompt.startsWith("Candidate keeping 42.3 % of the channels, predicted 43.6"), prompt);
        assertTrue(prompt.contains("Widths: 32, 64, 128"), prompt);
        assertEquals("Add measured sample — step 3", Texts.sampleTitle(3));
        assertTrue(Texts.samplePrompt(null).contains("current candidate"));
    }

    @Test
    void longModelsShowEveryKthLayerNameAndThePaceIsClamped() {
        assertEquals(1, ThinnedCategoryAxis.every(13, WidthsChart.MAX_LABELS));
        assertEquals(3, ThinnedCategoryAxis.every(53, WidthsChart.MAX_LABELS));
        assertEquals(0, PaceControl.clamp(0));
        assertEquals(0.5, PaceControl.clamp(0.05));
        assertEquals(10, PaceControl.clamp(30));
        assertEquals(4, PaceControl.clamp(4));
    }
}
