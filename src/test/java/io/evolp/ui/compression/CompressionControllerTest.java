package io.evolp.ui.compression;

import io.evolp.compress.SessionStep;
import io.evolp.core.zoo.Zoo;
import io.evolp.evolve.Corrections;
import io.evolp.task.SyncTaskRunner;
import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.workflow.ImportanceChoice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Compression controller without a window: a {@link SyncTaskRunner} runs every job on the test
 * thread, session events are handed over directly, dialogs are scripted. VGG16 on the simulated TX2.
 */
class CompressionControllerTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final CompressionModel model = new CompressionModel();
    private CompressionController controller;

    @BeforeEach
    void setUp() {
        controller = new CompressionController(model, new SyncTaskRunner(), Runnable::run, dialogs, false);
        PredictorEntry p = TestPredictors.vgg16Tx2();
        model.choice.set(new SetupChoice(Zoo.model("vgg16", null), "vgg16", p.predictor(), p.name(),
                Corrections.KINDS.get(0), ImportanceChoice.uniform()));
        model.source.set(SourceChoice.simulated("simulated:tx2"));
        model.sourceSpec.set("simulated:tx2");
        model.maxMeasurements.set(3);
    }

    @Test
    void aSetupIsPreparedAndThePlanFollowsTheBudget() {
        controller.setupChanged();
        Prepared prepared = model.prepared.get();
        assertNotNull(prepared, "the setup is prepared");
        assertNotNull(model.full.get(), "the full model's prediction sets the budget range");
        assertNotNull(model.curve.get(), "chart (b) gets the fresh predictor's curve");
        assertEquals("", model.importanceError.get());

        double budget = 0.4 * model.full.get().correctedMs();
        model.budget.set(budget);
        assertEquals(budget, model.publishedPlans.get(model.publishedPlans.size() - 1), 1e-12,
                "the plan follows the budget");
        assertTrue(model.planText.get().contains(Texts.ms(budget)), model.planText.get());
        assertTrue(model.widths.get().caption().contains(Texts.ms(budget)), model.widths.get().caption());
        int layers = prepared.layerNames().size();
        assertEquals(layers, model.widths.get().pruned().size());
        assertTrue(model.widths.get().pruned().stream().mapToInt(Integer::intValue).sum()
                < prepared.fullWidths().stream().mapToInt(Integer::intValue).sum(), "40 % of the latency prunes");
        assertTrue(model.status.get().startsWith("No session yet"), model.status.get());
    }

    @Test
    void withoutAPredictorThereIsNothingToPlan() {
        model.choice.set(null);
        controller.setupChanged();
        assertNull(model.prepared.get());
        assertNull(model.full.get(), "the budget is disabled");
        assertTrue(model.planText.get().contains("Predictors screen"), model.planText.get());
    }

    @Test
    void aStepAddsToTheModelAndResetClearsIt() {
        controller.setupChanged();
        model.budget.set(0.6 * model.full.get().correctedMs());
        controller.step();

        assertFalse(model.running.get(), "the synchronous step has ended");
        assertEquals(1, model.steps.size(), "one measurement");
        assertNotNull(model.sessionSettings.get(), "chart (a) knows the session's window");
        assertNotNull(model.evolved.get(), "the predictor evolved from the sample");
        assertNotNull(model.lastResult.get());
        assertNotNull(model.sessionPlan.get());
        assertFalse(model.stepCaption.get().isEmpty());
        // chart (c) then shows the re-plan with the evolved predictor (what the next step would measure)
        assertTrue(model.widths.get().caption().startsWith("pruned: plan for"), model.widths.get().caption());
        assertFalse(model.status.get().startsWith("No session yet"), model.status.get());

        model.budget.set(0.5 * model.full.get().correctedMs());
        assertTrue(model.status.get().contains("keeps its own budget"), model.status.get());

        controller.reset();
        assertTrue(model.steps.isEmpty());
        assertNull(model.sessionSettings.get());
        assertNull(model.evolved.get());
        assertNull(model.lastResult.get());
        assertNull(model.sessionPlan.get());
        assertEquals("", model.stepCaption.get());
        assertNull(controller.runner().session(), "the session is dropped");
        assertTrue(model.status.get().startsWith("No session yet"), model.status.get());
        assertEquals(model.prepared.get().curve(), model.curve.get(), "chart (b) shows the fresh predictor again");
    }

    @Test
    void aTypedSampleJoinsTheSessionAndABadOneIsRefused() {
        controller.setupChanged();
        dialogs.answerText("fast");
        controller.addMeasuredSample();
        assertTrue(model.sampleError.get().contains("'fast' is not a number"), model.sampleError.get());
        assertEquals(1, dialogs.errors.size());
        assertTrue(model.steps.isEmpty(), "nothing half-parsed reaches the predictor");

        dialogs.answerText("41.7 ms");
        controller.addMeasuredSample();
        assertEquals("", model.sampleError.get());
        assertEquals(1, model.steps.size());
        SessionStep s = model.steps.get(0);
        assertTrue(s.userMeasurement());
        assertEquals(41.7, s.measuredMs(), 1e-9);
    }

    @Test
    void runMeasuresUntilTheSessionFinishes() {
        controller.setupChanged();
        model.budget.set(0.6 * model.full.get().correctedMs());
        controller.run();
        assertTrue(controller.sessionFinished());
        assertTrue(model.finished.get(), "Run and Step have nothing left to do");
        assertTrue(model.steps.size() >= 1 && model.steps.size() <= 3, "at most the 3 measurements allowed");
        assertEquals(model.steps.size(), model.lastResult.get().steps().size());
    }
}
