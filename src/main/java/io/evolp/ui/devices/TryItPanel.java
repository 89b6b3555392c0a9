package io.evolp.ui.devices;

import io.evolp.core.zoo.Zoo;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * View pane "Try it": a built-in architecture measured at full width on the selected source; the
 * result line, its error style and the buttons' state follow {@link DevicesModel}, the buttons call
 * {@link DevicesController#tryIt} / {@link DevicesController#cancelTryIt}.
 */
final class TryItPanel extends VBox {

    TryItPanel(DevicesModel model, DevicesController controller) {
        super(6);
        Label title = new Label("Try it");
        title.getStyleClass().add("section-title");
        ComboBox<String> arch = new ComboBox<>();
        arch.getItems().setAll(Zoo.ids());
        arch.setId("try-arch");
        arch.setTooltip(new Tooltip("A built-in architecture, measured at full width"));
        arch.valueProperty().bindBidirectional(model.tryArch());
        Button measure = new Button("Measure");
        measure.setId("try-measure");
        measure.disableProperty().bind(model.tryRunning());
        measure.setOnAction(e -> controller.tryIt(model.selected().get()));
        measure.setTooltip(new Tooltip("Measure the whole model once on the selected source: median and spread of its runs"));
        Button cancel = new Button("Cancel");
        cancel.setId("try-cancel");
        cancel.disableProperty().bind(model.tryRunning().not());
        cancel.setOnAction(e -> controller.cancelTryIt());
        cancel.setTooltip(new Tooltip("Stop the measurement"));
        Label result = new Label();
        result.setId("try-result");
        result.setWrapText(true);
        result.textProperty().bind(model.tryResult());
        DevicesView.errorStyle(result, model.tryError());
        measure.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // buttons keep their words; the note gives way
        cancel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label at = new Label("at full width on the selected source");
        at.getStyleClass().add("muted");
        getChildren().addAll(title, new HBox(8, arch, at, measure, cancel), result);
    }
}
