package io.evolp.ui.devices;

import io.evolp.core.ModelSpec;
import io.evolp.core.zoo.Zoo;
import io.evolp.io.ModelJson;
import io.evolp.measure.Measurement;
import io.evolp.measure.MeasurementSource;
import io.evolp.measure.MeasurementSources;
import io.evolp.measure.SimulatedSource;
import io.evolp.ui.common.Messages;
import io.evolp.ui.workspace.UiContext;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * "Try it": measure a built-in architecture at full width on the selected source, in the background,
 * and show the {@link Measurement} as it is — median, spread, runs, source and whether it is
 * simulated. Sources are kept per spec, so measuring again continues the device's noise sequence
 * like a second run on a board would. Replay answers unknown widths from the nearest recording, flagged.
 */
final class TryItPanel extends VBox {

    private final UiContext ctx;
    private final Supplier<String> selectedSpec;
    private final Map<String, MeasurementSource> sources = new ConcurrentHashMap<>();
    private final ComboBox<String> arch = new ComboBox<>();
    private final Button measure = new Button("Measure");
    private final Label result = new Label("Pick a model and press Measure.");

    TryItPanel(UiContext ctx, Supplier<String> selectedSpec) {
        super(6);
        this.ctx = ctx;
        this.selectedSpec = selectedSpec;
        Label title = new Label("Try it");
        title.getStyleClass().add("section-title");
        arch.getItems().setAll(Zoo.ids());
        arch.getSelectionModel().select("vgg16");
        arch.setId("try-arch");
        measure.setId("try-measure");
        measure.setOnAction(e -> measure());
        result.setId("try-result");
        result.setWrapText(true);
        Label at = new Label("at full width on the selected source");
        at.getStyleClass().add("muted");
        getChildren().addAll(title, new HBox(8, arch, at, measure), result);
    }

    private void measure() {
        String spec = selectedSpec.get();
        String id = arch.getValue();
        if (spec == null || id == null) return;
        ModelSpec model = Zoo.model(id, null);
        measure.setDisable(true);
        result.getStyleClass().remove("error-text");
        result.setText("Measuring " + id + " on " + spec + " …");
        ctx.tasks().run("Measuring " + id + " on " + spec, pm -> {
            MeasurementSource source = sources.computeIfAbsent(spec, TryItPanel::open);
            try {
                return source.measureModel(model, pm).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted");
            } catch (ExecutionException e) {
                throw new IllegalStateException(Messages.oneLine(e.getCause()), e.getCause());
            }
        }, m -> result.setText(describe(id, m)), false).whenComplete((m, e) -> {
            measure.setDisable(false);
            if (e instanceof CancellationException) result.setText("Cancelled.");
            else if (e != null) {
                result.getStyleClass().add("error-text");
                result.setText(Messages.oneLine(e));
            }
        });
    }

    static String describe(String model, Measurement m) {
        String runs = m.count() == 1 ? "1 recorded run" : "range of " + m.count() + " runs";
        return String.format(Locale.ROOT, "%s on %s: median %.2f ms, spread %.2f ms (%s) — %s%s", model, m.source(),
                m.medianMs(), m.spreadMs(), runs,
                m.simulated() ? "SIMULATED, not a hardware measurement" : "recorded measurement",
                m.note().isEmpty() ? "" : ". " + m.note());
    }

    private static MeasurementSource open(String spec) {
        return MeasurementSources.parse(spec, SimulatedSource.Options.defaults(), true, p -> {
            try {
                return ModelJson.read(p);
            } catch (IOException e) {
                throw new UncheckedIOException(Messages.oneLine(e), e);
            }
        });
    }
}
