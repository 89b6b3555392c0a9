package io.evolp.ui.compression;

import io.evolp.compress.SessionResult;
import io.evolp.ui.common.Screen;
import io.evolp.ui.workspace.CompressionPreset;
import io.evolp.ui.workspace.UiContext;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Compression — the interactive view the paper is about. Choose a model, a measurement source, a
 * trained predictor, a correction and the channel importance; move the latency budget and the plan
 * (widths, predicted latency with band, kept channels) follows at once; then Run / Step / Pause /
 * Reset the EvoLP loop and watch the predictor evolve sample by sample: (a) predictions and
 * measurements per step against the budget window, (b) the correction fit over the measured
 * points, (c) the widths per layer, and the step log. A latency measured by hand joins through
 * "Add measured sample…" exactly like an automatic one.
 *
 * <p>Screen role: the composition root only. It creates the {@link CompressionModel} (state), the
 * {@link CompressionController} (actions, on the app's task runner) and the {@link CompressionView}
 * (nodes), and forwards the welcome screen's preset and "run when ready".
 */
public final class CompressionScreen implements Screen {

    private final CompressionModel model = new CompressionModel();
    private final CompressionController controller;
    private final CompressionView view;

    public CompressionScreen(UiContext ctx) {
        controller = new CompressionController(model, ctx.tasks(), Platform::runLater, ctx.dialogs(), true);
        view = new CompressionView(model, controller, ctx, new SessionArchive(ctx), new Exports(ctx));
        controller.setupChanged();
    }

    @Override public String title() { return "Compression"; }

    @Override public Node view() { return view.root(); }

    @Override public void shown() {
        if (model.prepared.get() == null) {
            view.syncSetup();
            controller.setupChanged();
        }
    }

    /**
     * Applies {@code p}: drops the live session (as Reset), chooses the model, source, predictor
     * and importance it names, sets the classroom pace, and sets the budget share once the new
     * setup is prepared (preparation runs in the background).
     */
    public void apply(CompressionPreset p) {
        controller.reset();
        view.select(p);
        controller.presetApplied(p);
    }

    /**
     * Presses Run now if the setup is prepared, else as soon as its preparation arrives. The future
     * completes when the loop is running (it stays pending when a Reset or new preset comes first),
     * so whoever announced the start can say it has happened.
     */
    public CompletableFuture<Void> runWhenReady() {
        view.syncSource();
        CompletableFuture<Void> started = new CompletableFuture<>();
        ChangeListener<Boolean> once = new ChangeListener<>() {
            @Override public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    model.running.removeListener(this);
                    started.complete(null);
                }
            }
        };
        model.running.addListener(once);
        controller.runWhenReady();
        return started;
    }

    // ---- what the tests read ----------------------------------------------------------------------

    SetupForm setup() { return view.setup(); }
    BudgetControl budget() { return view.budget(); }
    SetupValidation validation() { return view.validation(); }
    StepChart stepChart() { return view.stepChart(); }
    CorrectionChart correctionChart() { return view.correctionChart(); }
    WidthsChart widthsChart() { return view.widthsChart(); }
    StepLogTable log() { return view.log(); }
    CompressionController controller() { return controller; }
    SessionRunner runner() { return controller.runner(); }
    Prepared prepared() { return model.prepared.get(); }
    boolean viewingSaved() { return model.viewing.get() != null; }
    boolean sessionFinished() { return controller.sessionFinished(); }
    SessionResult lastResult() { return model.lastResult.get(); }
    List<Double> publishedPlans() { return List.copyOf(model.publishedPlans); }
}
