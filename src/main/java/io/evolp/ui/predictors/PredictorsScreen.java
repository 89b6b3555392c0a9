package io.evolp.ui.predictors;

import io.evolp.analysis.MatrixCells;
import io.evolp.ui.common.LatestWins;
import io.evolp.ui.common.Screen;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.ui.workspace.UiContext;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.util.Duration;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * Predictors (issue 4): train predictor kinds for a device on one shared seeded split, compare their
 * accuracy in a table and an accuracy matrix (kind × device × architecture) and in three charts, and
 * (issue 14) their learning curves: accuracy against the number of training rows, with transfer.
 * Screen role: the composition root only — it creates the {@link PredictorsModel}, the
 * {@link PredictorsController} and the {@link PredictorsView}, and recomputes the matrix on a worker
 * ("latest wins") whenever the workspace's predictors or datasets change.
 */
public final class PredictorsScreen implements Screen {

    private final PredictorsModel model = new PredictorsModel();
    private final PredictorsController controller;
    private final PredictorsView view;
    private final CurveModel curveModel = new CurveModel();
    private final CurveController curveController;
    private final LatestWins<MatrixJob, List<MatrixCells.Cell>> matrix;

    /** Without the evolution-check button (tests of this screen alone). */
    public PredictorsScreen(UiContext ctx) {
        this(ctx, null);
    }

    /** @param evolutionCheck opens the evolution check for a predictor; the app passes it, screens do not import each other */
    public PredictorsScreen(UiContext ctx, BiConsumer<UiContext, PredictorEntry> evolutionCheck) {
        controller = new PredictorsController(ctx.workspace(), ctx.tasks(), ctx.dialogs(), model);
        curveController = new CurveController(ctx.tasks(), ctx.dialogs(), curveModel);
        view = new PredictorsView(ctx, model, controller, new CurvePane(ctx, curveModel, curveController), evolutionCheck);
        // After the pane's own listeners (it was built first), so its combos already hold the new lists.
        InvalidationListener curveInputs = o -> curveController.workspaceChanged(ctx.workspace().datasets(), ctx.workspace().predictors());
        ctx.workspace().datasets().addListener(curveInputs);
        ctx.workspace().predictors().addListener(curveInputs);
        matrix = new LatestWins<>(ctx.tasks(), "Accuracy matrix", Duration.millis(150), job -> job, model.cells::setAll);
        InvalidationListener recompute = o -> matrix.submit(controller.matrixJob());
        ctx.workspace().predictors().addListener(recompute);
        ctx.workspace().datasets().addListener(recompute);
        if (!ctx.workspace().predictors().isEmpty()) matrix.submitNow(controller.matrixJob());
    }

    @Override
    public String title() {
        return "Predictors";
    }

    @Override
    public Node view() {
        return view.root();
    }

    // Package-private handles for tests and the screenshot tool.
    PredictorsModel model() { return model; }
    PredictorsController controller() { return controller; }
    TrainPanel trainPanel() { return view.trainPanel(); }
    AccuracyTable accuracyTable() { return view.accuracyTable(); }
    ComparisonCharts charts() { return view.charts(); }
    MatrixPane matrix() { return view.matrix(); }
    CurveModel curveModel() { return curveModel; }
    CurvePane curves() { return view.curves(); }
}
