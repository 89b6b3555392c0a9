package io.evolp.ui.devices;

import io.evolp.ui.workspace.DeviceSetup;
import io.evolp.core.ModelSpec;
import io.evolp.core.zoo.Zoo;
import io.evolp.measure.Measurement;
import io.evolp.ui.common.Messages;
import io.evolp.ui.workspace.UiContext;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/**
 * "Try it": measure a built-in architecture at full width on the selected source, in the background,
 * and show the {@link Measurement} as it is — median, spread, runs, source and whether it is
 * simulated. Sources are kept per spec, so measuring again continues the device's noise sequence
 * like a second run on a board would (and local keeps one worker process). Replay answers unknown
 * widths from the nearest recording, flagged.
 */
final class TryItPanel extends VBox {

    private final UiContext ctx;
    private final Supplier<String> selectedSpec;
    private final DeviceConnections connections;
    private final ComboBox<String> arch = new ComboBox<>();
    private final Button measure = new Button("Measure");
    private final Button cancel = new Button("Cancel");
    private io.evolp.ui.common.FxJob<?> task;
    private final Label result = new Label("Pick a model and press Measure.");

    TryItPanel(UiContext ctx, Supplier<String> selectedSpec, DeviceConnections connections) {
        super(6);
        this.ctx = ctx;
        this.selectedSpec = selectedSpec;
        this.connections = connections;
        Label title = new Label("Try it");
        title.getStyleClass().add("section-title");
        arch.getItems().setAll(Zoo.ids());
        arch.getSelectionModel().select("vgg16");
        arch.setId("try-arch");
        measure.setId("try-measure");
        measure.setOnAction(e -> measure());
        cancel.setId("try-cancel");
        cancel.setDisable(true);
        cancel.setOnAction(e -> {
            if (task != null) task.cancel();
        });
        result.setId("try-result");
        result.setWrapText(true);
        Label at = new Label("at full width on the selected source");
        at.getStyleClass().add("muted");
        getChildren().addAll(title, new HBox(8, arch, at, measure, cancel), result);
    }

    private void measure() {
        String spec = selectedSpec.get();
        String id = arch.getValue();
        if (spec == null || id == null) return;
        ModelSpec model = Zoo.model(id, null);
        DeviceSetup setup = DeviceSetup.of(ctx.workspace(), spec); // settings and token, read on the FX thread
        measure.setDisable(true);
        cancel.setDisable(false);
        result.getStyleClass().remove("error-text");
        result.setText("Measuring " + id + " on " + spec + " …");
        // A failed measurement's ExecutionException and an interrupt are unwrapped by the runner.
        task = ctx.tasks().start("Measuring " + id + " on " + spec,
                pm -> connections.source(setup).measureModel(model, pm).get(),
                m -> result.setText(describe(id, m)), false);
        task.handle().result().whenComplete((m, e) -> {
            task = null;
            measure.setDisable(false);
            cancel.setDisable(true);
            if (e instanceof CancellationException) result.setText("Cancelled.");
            else if (e != null) {
                result.getStyleClass().add("error-text");
                result.setText(Messages.ofFailure(e));
            }
        });
    }

    static String describe(String model, Measurement m) {
        String runs = m.count() == 1 ? "1 recorded run" : "range of " + m.count() + " runs";
        return String.format(Locale.ROOT, "%s on %s: median %.2f ms, spread %.2f ms (%s) — %s%s", model, m.source(),
                m.medianMs(), m.spreadMs(), runs,
                m.simulated() ? "SIMULATED, not a hardware measurement"
                        : m.source().startsWith("replay") || m.source().endsWith(".jsonl") ? "recorded measurement"
                        : "real measurement on this device",
                m.note().isEmpty() ? "" : ". " + m.note());
    }
}
