package io.evolp.ui.evolution;

import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.ui.workspace.UiContext;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Opens the evolution check in its own window (the shell hands {@link #open} to the Predictors
 * screen, which shows its own button) and is its
 * composition root: creates the {@link EvolutionModel}, {@link EvolutionController} and
 * {@link EvolutionCheckView} and wires them together.
 */
public final class EvolutionCheck {

    private EvolutionCheck() {
    }

    /** Model, controller and view for {@code initial} (else the workspace's first predictor). */
    public static EvolutionCheckView create(UiContext ctx, PredictorEntry initial) {
        EvolutionModel model = new EvolutionModel();
        var predictors = ctx.workspace().predictors();
        model.predictorProperty().set(initial != null ? initial : predictors.isEmpty() ? null : predictors.get(0));
        EvolutionController controller = new EvolutionController(ctx.tasks(), ctx.dialogs(), model);
        return new EvolutionCheckView(ctx, predictors, model, controller);
    }

    public static Stage open(UiContext ctx, PredictorEntry initial) {
        EvolutionCheckView view = create(ctx, initial);
        Stage stage = new Stage();
        stage.setTitle("Evolution check — EvoLP Workbench");
        stage.setScene(new Scene(view.view(), 1100, 720));
        stage.show();
        return stage;
    }
}
