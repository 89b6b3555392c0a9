package io.evolp.ui.compression;

import io.evolp.core.ModelSpec;
import io.evolp.core.zoo.Zoo;
import io.evolp.io.ModelJson;
import io.evolp.ui.workspace.ModelEntry;
import io.evolp.ui.workspace.UiContext;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The model to compress: a built-in architecture at full width, or a model file (read on a worker
 * with {@link ModelJson}; a problem is shown under the field with file, line and column, and the
 * previous choice stays).
 */
final class ModelField {

    static final String FILE = "Model file…";

    private final UiContext ctx;
    private final ComboBox<String> box = new ComboBox<>();
    private final Label error = FormParts.errorLabel("modelError");
    private final Map<String, ModelSpec> models = new HashMap<>();
    private final VBox view;

    ModelField(UiContext ctx, Runnable onChange) {
        this.ctx = ctx;
        box.setId("modelChoice");
        box.setMaxWidth(Double.MAX_VALUE);
        box.getItems().addAll(Zoo.ids());
        box.getItems().add(FILE);
        // Models imported into the workspace (File ▸ Import model…, JSON or ONNX) are offered too:
        // an ONNX one is what Session ▸ Export pruned ONNX… cuts.
        ctx.workspace().models().forEach(this::offer);
        ctx.workspace().models().addListener((javafx.collections.ListChangeListener<ModelEntry>) c -> {
            while (c.next()) c.getAddedSubList().forEach(this::offer);
        });
        box.getSelectionModel().select(0);
        FormParts.actionItem(box, FILE, old -> pickFile());
        box.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            if (now != null && !FILE.equals(now)) {
                error.setText("");
                onChange.run();
            }
        });
        view = new VBox(3, new Label("Model"), box, error);
    }

    VBox view() { return view; }

    ComboBox<String> box() { return box; }

    String label() { return box.getValue(); }

    /** The chosen model (built-in models are built once and cached). */
    ModelSpec model() {
        String id = box.getValue();
        return models.computeIfAbsent(id, k -> Zoo.model(k, null));
    }

    private void pickFile() {
        ctx.dialogs().openFile("Open a model to compress", List.of("*.json", "*.jsonl")).ifPresent(this::load);
    }

    /** The label an imported workspace model has in the chooser. */
    static String importedLabel(ModelEntry e) {
        return "imported: " + e.name();
    }

    private void offer(ModelEntry e) {
        String label = importedLabel(e);
        models.put(label, e.model());
        if (!box.getItems().contains(label)) box.getItems().add(box.getItems().size() - 1, label);
    }

    void load(Path file) {
        ctx.tasks().run("Reading model " + file.getFileName(), pm -> ModelJson.readOne(file), null, false)
                .whenComplete((m, e) -> {
                    if (e != null) {
                        error.setText(io.evolp.ui.common.Messages.ofFailure(e));
                        return;
                    }
                    String label = "file: " + file.getFileName();
                    models.put(label, m);
                    if (!box.getItems().contains(label)) box.getItems().add(box.getItems().size() - 1, label);
                    box.getSelectionModel().select(label);
                });
    }
}
