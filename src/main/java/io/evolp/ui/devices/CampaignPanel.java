package io.evolp.ui.devices;

import io.evolp.core.zoo.Zoo;
import io.evolp.ui.common.Dialogs;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * View pane for campaigns: plan (file or generated), device, output CSV, Start / Cancel / Open as
 * dataset, progress, ETA and the state line — every value bound to {@link CampaignModel}, every
 * button handed to {@link CampaignController}. While a campaign runs, the device label names the
 * device that campaign measures on, whatever is selected.
 */
final class CampaignPanel extends VBox {

    CampaignPanel(DevicesModel devices, CampaignController controller, Dialogs dialogs) {
        super(8);
        CampaignModel model = devices.campaign();
        Label title = new Label("Campaign");
        title.getStyleClass().add("section-title");
        ToggleGroup g = new ToggleGroup();
        RadioButton fromFile = new RadioButton("Plan file");
        RadioButton generate = new RadioButton("Generate for");
        fromFile.setToggleGroup(g);
        generate.setToggleGroup(g);
        fromFile.setId("campaign-from-file");
        generate.setId("campaign-generate");
        fromFile.setTooltip(tip("Measure the layer configurations listed in a sampling plan CSV (evolp plan writes one)"));
        generate.setTooltip(tip("Make a sampling plan now: this many layer configurations of a built-in architecture"));
        generate.setSelected(!model.fromFile().get());
        fromFile.selectedProperty().bindBidirectional(model.fromFile());
        fromFile.selectedProperty().addListener((o, a, b) -> generate.setSelected(!b));
        ComboBox<String> arch = new ComboBox<>();
        arch.getItems().setAll(Zoo.ids());
        arch.setId("campaign-arch");
        arch.setTooltip(tip("The architecture whose layer shapes the generated plan samples"));
        arch.valueProperty().bindBidirectional(model.arch());
        Spinner<Integer> samples = new Spinner<>(1, 100_000, model.samples().get(), 50);
        samples.setEditable(true);
        samples.setPrefWidth(100);
        samples.setId("campaign-samples");
        samples.setTooltip(tip("How many layer configurations (rows) to measure"));
        samples.valueProperty().addListener((o, a, b) -> model.samples().set(b));
        Label planFile = bound("campaign-plan", Bindings.createStringBinding(() -> model.plan().get() == null
                ? "none chosen" : model.plan().get().getFileName().toString(), model.plan()));
        Label output = bound("campaign-out", Bindings.createStringBinding(() -> model.output().get() == null
                ? "none chosen" : model.output().get().toString(), model.output()));
        Button choosePlan = button("Choose…", "campaign-choose-plan", () -> dialogs.openFile("Sampling plan (evolp plan)",
                List.of("*.csv")).ifPresent(controller::choosePlan));
        Button chooseOut = button("Choose…", "campaign-choose-out", () -> dialogs.saveFile("Dataset CSV to create or resume",
                "measured.csv", List.of("*.csv")).ifPresent(controller::chooseOutput));
        choosePlan.setTooltip(tip("Pick the sampling plan CSV to measure"));
        chooseOut.setTooltip(tip("The dataset CSV to write; an existing one is resumed where it stopped"));
        Label resumeNote = bound("campaign-resume", model.resumeNote());
        resumeNote.setWrapText(true);
        Label deviceLabel = bound("campaign-device", Bindings.createStringBinding(
                () -> model.runningOn().get() != null ? model.runningOn().get() + " (running)"
                        : devices.selected().get() != null ? devices.selected().get() : "select a device on the left",
                model.runningOn(), devices.selected()));

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(6);
        form.addRow(0, fromFile, planFile, choosePlan);
        form.addRow(1, generate, new HBox(8, arch, samples, new Label("rows")));
        form.addRow(2, key("Device"), deviceLabel);
        form.addRow(3, key("Output CSV"), output, chooseOut);

        var running = model.runningOn().isNotNull();
        Button start = button("Start", "campaign-start", () -> controller.start(devices.selected().get()));
        start.disableProperty().bind(running);
        start.setTooltip(tip("Measure every row of the plan on the selected device, writing each to the output CSV"));
        Button cancel = button("Cancel", "campaign-cancel", controller::cancel);
        cancel.disableProperty().bind(running.not());
        cancel.setTooltip(tip("Stop after the row being measured; Start on the same file resumes"));
        Button openDataset = button("Open as dataset", "campaign-open-dataset", controller::openAsDataset);
        openDataset.disableProperty().bind(model.canOpen().not());
        openDataset.setTooltip(tip("Load the measured CSV as a dataset (Datasets screen) to train predictors on"));
        ProgressBar bar = new ProgressBar(0);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setId("campaign-bar");
        bar.setTooltip(tip("Rows measured of the plan"));
        bar.progressProperty().bind(model.progress());
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label state = bound("campaign-state", model.state());
        state.setWrapText(true);
        DevicesView.errorStyle(state, model.stateError());
        Label note = new Label("One campaign at a time. Every row is written to the CSV as it arrives (raw statistics in "
                + "<file>.raw.jsonl); Cancel stops after the row in flight, and Start on the same file resumes.");
        note.setWrapText(true);
        note.getStyleClass().add("muted");
        getChildren().addAll(title, form, resumeNote, new HBox(8, start, cancel, openDataset),
                new HBox(10, bar, bound("campaign-rows", model.rows()), bound("campaign-eta", model.eta())), state, note);
    }

    private static javafx.scene.control.Tooltip tip(String text) {
        return new javafx.scene.control.Tooltip(text);
    }

    private static Label bound(String id, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        return l;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // whole words at any text size
        b.setOnAction(e -> action.run());
        return b;
    }

    static Label key(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("facts-key");
        return l;
    }
}
