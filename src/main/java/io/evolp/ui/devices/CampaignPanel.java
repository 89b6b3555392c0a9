package io.evolp.ui.devices;

import io.evolp.ui.workspace.DeviceSetup;
import io.evolp.core.zoo.Zoo;
import io.evolp.measure.campaign.CampaignProgress;
import io.evolp.measure.campaign.CampaignResult;
import io.evolp.measure.campaign.Eta;
import io.evolp.ui.common.FxJob;
import io.evolp.ui.workspace.UiContext;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Function;

/**
 * Campaigns: a sampling plan measured on the selected device into a dataset CSV, row by row, with
 * progress, ETA, the layer in flight and a visible "device lost — waiting to reconnect" state.
 * An existing CSV is resumed (said before starting); Cancel stops after the row in flight and leaves
 * a valid file, so Start resumes it. One campaign at a time: a device measures one thing at a time
 * anyway, and two campaigns on one machine would disturb each other's timings.
 */
final class CampaignPanel extends VBox {

    private final UiContext ctx;
    private final ObservableValue<String> device;
    private final Function<DeviceSetup, io.evolp.measure.MeasurementSource> opener;
    private final RadioButton fromFile = new RadioButton("Plan file");
    private final RadioButton generate = new RadioButton("Generate for");
    private final Label planFile = new Label("none chosen");
    private final ComboBox<String> arch = new ComboBox<>();
    private final Spinner<Integer> samples = new Spinner<>(1, 100_000, 300, 50);
    private final Label output = new Label("none chosen");
    private final Label resumeNote = new Label();
    private final Button start = new Button("Start");
    private final Button cancel = new Button("Cancel");
    private final Button openDataset = new Button("Open as dataset");
    private final ProgressBar bar = new ProgressBar(0);
    private final Label rows = new Label("");
    private final Label eta = new Label("");
    private final Label state = new Label("Choose a plan and an output file, then Start.");
    private Path plan;
    private Path csv;
    private FxJob<?> task;
    private final javafx.beans.property.StringProperty runningOn = new javafx.beans.property.SimpleStringProperty();

    CampaignPanel(UiContext ctx, ObservableValue<String> device, Function<DeviceSetup, io.evolp.measure.MeasurementSource> opener) {
        super(8);
        this.ctx = ctx;
        this.device = device;
        this.opener = opener;
        Label title = new Label("Campaign");
        title.getStyleClass().add("section-title");
        ToggleGroup g = new ToggleGroup();
        fromFile.setToggleGroup(g);
        generate.setToggleGroup(g);
        generate.setSelected(true);
        fromFile.setId("campaign-from-file");
        generate.setId("campaign-generate");
        arch.getItems().setAll(Zoo.ids());
        arch.setValue("vgg16");
        arch.setId("campaign-arch");
        samples.setEditable(true);
        samples.setPrefWidth(100);
        samples.setId("campaign-samples");
        Button choosePlan = button("Choose…", "campaign-choose-plan", this::choosePlan);
        Button chooseOut = button("Choose…", "campaign-choose-out", this::chooseOutput);
        planFile.setId("campaign-plan");
        output.setId("campaign-out");
        resumeNote.setId("campaign-resume");
        resumeNote.setWrapText(true);
        Label deviceLabel = new Label();
        deviceLabel.setId("campaign-device");
        // While a campaign runs, it names the device that campaign measures on, whatever is selected.
        deviceLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> runningOn.get() != null ? runningOn.get() + " (running)"
                        : device.getValue() != null ? device.getValue() : "select a device on the left", runningOn, device));

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(6);
        form.addRow(0, fromFile, planFile, choosePlan);
        form.addRow(1, generate, new HBox(8, arch, samples, new Label("rows")));
        form.addRow(2, key("Device"), deviceLabel);
        form.addRow(3, key("Output CSV"), output, chooseOut);

        start.setId("campaign-start");
        start.setOnAction(e -> start());
        cancel.setId("campaign-cancel");
        cancel.setDisable(true);
        cancel.setOnAction(e -> {
            if (task != null) task.cancel();
            state.setText("Cancelling after the row in flight …");
        });
        openDataset.setId("campaign-open-dataset");
        openDataset.setDisable(true);
        openDataset.setOnAction(e -> openAsDataset());
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setId("campaign-bar");
        HBox.setHgrow(bar, Priority.ALWAYS);
        rows.setId("campaign-rows");
        eta.setId("campaign-eta");
        state.setId("campaign-state");
        state.setWrapText(true);
        Label note = new Label("One campaign at a time. Every row is written to the CSV as it arrives (raw statistics in "
                + "<file>.raw.jsonl); Cancel stops after the row in flight, and Start on the same file resumes.");
        note.setWrapText(true);
        note.getStyleClass().add("muted");
        getChildren().addAll(title, form, resumeNote, new HBox(8, start, cancel, openDataset),
                new HBox(10, bar, rows, eta), state, note);
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Label key(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("facts-key");
        return l;
    }

    private void choosePlan() {
        ctx.dialogs().openFile("Sampling plan (evolp plan)", List.of("*.csv")).ifPresent(p -> {
            plan = p;
            planFile.setText(p.getFileName().toString());
            fromFile.setSelected(true);
        });
    }

    private void chooseOutput() {
        ctx.dialogs().saveFile("Dataset CSV to create or resume", "measured.csv", List.of("*.csv")).ifPresent(p -> {
            csv = p;
            output.setText(p.toString());
            describeOutput();
        });
    }

    /** Says before Start whether the file is new or will be resumed (a quick line count in the background). */
    private void describeOutput() {
        Path p = csv;
        resumeNote.getStyleClass().remove("error-text");
        if (!Files.exists(p)) {
            resumeNote.setText("A new file: Start measures every plan row into it.");
            return;
        }
        ctx.tasks().run("Looking at " + p.getFileName(), pm -> {
            try (var lines = Files.lines(p)) {
                return Math.max(0, lines.count() - 1);
            }
        }, n -> {
            if (p.equals(csv)) {
                resumeNote.setText(p.getFileName() + " exists with " + n + " data rows: Start resumes it — rows already "
                        + "measured are skipped, the rest appended.");
            }
        });
    }

    private void start() {
        String spec = device.getValue();
        String problem = spec == null ? "Select a device on the left first."
                : fromFile.isSelected() && plan == null ? "Choose a plan file, or generate a plan."
                : csv == null ? "Choose the output CSV." : null;
        if (problem != null) {
            state.getStyleClass().add("error-text");
            state.setText(problem);
            return;
        }
        state.getStyleClass().remove("error-text");
        io.evolp.workflow.CampaignPlan source = fromFile.isSelected() ? io.evolp.workflow.CampaignPlan.file(plan)
                : io.evolp.workflow.CampaignPlan.generated(arch.getValue(), samples.getValue());
        DeviceSetup setup = DeviceSetup.of(ctx.workspace(), spec);
        Path out = csv;
        boolean resuming = Files.exists(out);
        state.setText((resuming ? "Resuming " : "Starting ") + out.getFileName() + " on " + spec + " …");
        bar.setProgress(-1);
        start.setDisable(true);
        cancel.setDisable(false);
        openDataset.setDisable(true);
        runningOn.set(spec);
        CampaignJob job = new CampaignJob(source, () -> opener.apply(setup), out,
                p -> Platform.runLater(() -> show(p)));
        task = ctx.tasks().start("Campaign: " + source.describe() + " on " + spec + " → " + out.getFileName(), job::run,
                this::finished, false);
        task.handle().result().whenComplete((r, e) -> {
            task = null;
            runningOn.set(null);
            start.setDisable(false);
            cancel.setDisable(true);
            eta.setText("");
            openDataset.setDisable(!Files.exists(out));
            if (out.equals(csv)) describeOutput(); // it now exists: the next Start resumes it
            if (e instanceof CancellationException) {
                state.setText("Cancelled — " + out.getFileName() + " is valid and holds every row measured so far; "
                        + "Start resumes it.");
            } else if (e != null) {
                bar.setProgress(0);
                state.getStyleClass().add("error-text");
                state.setText("Campaign stopped: " + io.evolp.ui.common.Messages.ofFailure(e));
            }
        });
    }

    /** A progress snapshot from the campaign (FX thread). */
    void show(CampaignProgress p) {
        bar.setProgress(p.planRows() == 0 ? 1 : (double) (p.done() + p.failed()) / p.planRows());
        rows.setText(p.done() + " / " + p.planRows() + " rows" + (p.failed() > 0 ? ", " + p.failed() + " failed" : "")
                + (p.resumed() > 0 ? " (" + p.resumed() + " resumed)" : ""));
        eta.setText(p.remaining() == null ? "" : "ETA " + Eta.format(p.remaining()));
        state.getStyleClass().remove("error-text");
        switch (p.state()) {
            case MEASURING -> state.setText("Measuring " + (p.current() == null ? "" : Eta.layer(p.current()))
                    + (p.meanPerRow() == null ? "" : String.format(java.util.Locale.ROOT, " · %.2f s/row", p.meanPerRow().toNanos() / 1e9)));
            case DEVICE_LOST -> {
                state.getStyleClass().add("error-text");
                state.setText("DEVICE LOST — waiting to reconnect. " + p.message());
            }
            case GAVE_UP -> {
                state.getStyleClass().add("error-text");
                state.setText("Stopped: " + p.message());
            }
            case CANCELLED -> state.setText("Cancelled.");
            case FINISHED -> state.setText("Finished.");
        }
    }

    private void finished(CampaignResult r) {
        String how = switch (r.stopped()) {
            case CANCELLED -> "Cancelled";
            case GAVE_UP -> "Stopped (device lost)";
            default -> r.complete() ? "Finished" : "Finished with " + r.failures().size() + " failed rows (Start retries them)";
        };
        state.setText(how + ": " + (r.resumed() + r.measured()) + " of " + r.planRows() + " rows in " + r.csv().getFileName()
                + " (" + r.measured() + " measured now, " + r.resumed() + " resumed) in " + Eta.format(r.elapsed())
                + (r.notices().isEmpty() ? "" : ". Note: " + String.join("; ", r.notices())));
        if (r.stopped() == CampaignProgress.State.FINISHED) bar.setProgress(1);
    }

    private void openAsDataset() {
        Path p = csv;
        ctx.tasks().run("Reading " + p.getFileName(), pm -> io.evolp.workflow.DatasetImport.read(p, null), r -> {
            String name = ctx.workspace().uniqueDatasetName(r.name());
            ctx.workspace().datasets().add(new io.evolp.ui.workspace.DatasetEntry(name,
                    p, r.dataset(), r.problems(), r.totalProblems()));
            state.setText("Added dataset " + name + " (" + r.dataset().size() + " rows) — see the Datasets screen.");
        });
    }
}
