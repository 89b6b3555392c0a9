package io.evolp.ui.compression;

import io.evolp.core.ModelSpec;
import io.evolp.io.ModelJson;
import io.evolp.measure.ReplaySource;
import io.evolp.ui.workspace.DeviceSetup;
import io.evolp.ui.workspace.LocalSettingsText;
import io.evolp.ui.workspace.UiContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where candidates are measured: the workspace's sources ({@link SourceChoices#specs}) or a replay file of
 * recorded whole-model measurements, read and checked on a worker when chosen (problems shown under
 * the field, naming file, line and column).
 */
final class SourceField {

    static final String REPLAY = "Replay file…";

    private final UiContext ctx;
    private final ComboBox<String> box = new ComboBox<>();
    private final CheckBox nearest = new CheckBox("answer unrecorded models from the nearest recording");
    private final Label error = FormParts.errorLabel("sourceError");
    private final Label note = FormParts.hint("");
    private final Map<String, List<ModelSpec>> replays = new HashMap<>();
    private final VBox view;

    SourceField(UiContext ctx) {
        this.ctx = ctx;
        box.setId("sourceChoice");
        box.setMaxWidth(Double.MAX_VALUE);
        // The workspace's sources (simulated profiles, replay files added on the Devices screen) plus
        // "Replay file…"; kept in step with the workspace while the screen lives.
        refreshItems();
        ctx.workspace().sources().addListener((javafx.collections.ListChangeListener<String>) c -> refreshItems());
        box.getSelectionModel().select(0);
        nearest.setSelected(true);
        nearest.setWrapText(true);
        nearest.setStyle("-fx-font-size: 0.85em;");
        nearest.setTooltip(new javafx.scene.control.Tooltip("For a replay: a model the recording does not contain"
                + " is answered with the latency of the most similar recorded model (off: such a step fails)"));
        FormParts.actionItem(box, REPLAY, old -> pick());
        box.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            // A replay file listed by the workspace is read the first time it is chosen.
            if (now != null && now.startsWith("replay:") && !replays.containsKey(now)) {
                load(Path.of(now.substring("replay:".length())));
            }
            describe();
        });
        describe();
        view = new VBox(3, new Label("Device / measurement source"), box, nearest, note, error);
    }

    VBox view() { return view; }

    private void refreshItems() {
        String selected = box.getValue();
        java.util.LinkedHashSet<String> items = new java.util.LinkedHashSet<>(SourceChoices.specs(ctx.workspace()));
        items.addAll(replays.keySet());
        box.getItems().setAll(items);
        box.getItems().add(REPLAY);
        if (selected != null && box.getItems().contains(selected)) box.getSelectionModel().select(selected);
    }

    ComboBox<String> box() { return box; }

    SourceChoice choice() {
        String spec = box.getValue();
        if (DeviceSetup.isDevice(spec)) return SourceChoice.device(DeviceSetup.of(ctx.workspace(), spec));
        List<ModelSpec> recorded = replays.get(spec);
        return recorded == null ? SourceChoice.simulated(spec) : new SourceChoice(spec, recorded, nearest.isSelected());
    }

    private void describe() {
        String spec = box.getValue();
        boolean replay = spec != null && replays.containsKey(spec);
        nearest.setVisible(replay);
        nearest.setManaged(replay);
        if (spec == null || REPLAY.equals(spec)) return;
        error.setText("");
        note.setText(replay ? replays.get(spec).size() + " recorded models; the search's candidates rarely match a "
                + "recording exactly, so keep 'nearest' on"
                : DeviceSetup.isLocal(spec) ? "real measurements on this machine (ONNX Runtime in a worker process), with "
                + "the settings on the Devices screen: " + LocalSettingsText.describe(DeviceSetup.of(ctx.workspace(), spec).settings())
                : DeviceSetup.isAgent(spec) ? "real measurements on a remote agent, with the settings on the Devices screen"
                + (DeviceSetup.of(ctx.workspace(), spec).hasToken() ? "" : "; no token set (fine for an agent without one)")
                : "simulated: an analytic model of the device, not hardware");
    }

    private void pick() {
        ctx.dialogs().openFile("Open recorded whole-model measurements", List.of("*.jsonl", "*.json"))
                .ifPresent(this::load);
    }

    void load(Path file) {
        String name = file.getFileName().toString();
        ctx.tasks().run("Reading replay file " + name, pm -> {
            List<ModelSpec> models = ModelJson.read(file);
            ReplaySource.of(name, models, true); // checks every record has a latency
            return models;
        }, null, false).whenComplete((models, e) -> {
            if (e != null) {
                error.setText(io.evolp.ui.common.Messages.ofFailure(e));
                return;
            }
            String spec = ctx.workspace().sources().contains("replay:" + file) ? "replay:" + file : "replay:" + name;
            replays.put(spec, models);
            if (!box.getItems().contains(spec)) box.getItems().add(box.getItems().size() - 1, spec);
            box.getSelectionModel().select(spec);
            describe();
        });
    }
}
