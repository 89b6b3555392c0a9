package io.evolp.ui.compression;

import io.evolp.ui.workspace.UiContext;
import io.evolp.workflow.ImportanceChoice;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.List;

/**
 * Which channels go first: uniform width scaling (no γ), seeded demo γ, a γ file (JSON or CSV, read
 * by {@code ImportanceFiles} when the setup is prepared, because its layer widths must match the
 * model), or the γ a model file carries. Problems — wrong layer, wrong length, bad number — are
 * shown under the field with file, line, column and layer.
 */
final class ImportanceField {

    static final String UNIFORM = "uniform (no γ)";
    static final String DEMO = "demo γ (seeded random)";
    static final String FILE = "γ file…";
    static final String FROM_MODEL = "γ carried by the model file";

    private final UiContext ctx;
    private final ComboBox<String> box = new ComboBox<>();
    private final Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, 1);
    private final Label fileLabel = FormParts.hint("");
    private final Label error = FormParts.errorLabel("importanceError");
    private final HBox seedRow;
    private final VBox view;
    private Path file;
    private String fileItem;

    ImportanceField(UiContext ctx, Runnable onChange) {
        this.ctx = ctx;
        box.setId("importanceChoice");
        box.setMaxWidth(Double.MAX_VALUE);
        box.getItems().addAll(UNIFORM, DEMO, FILE);
        box.getSelectionModel().select(UNIFORM);
        seed.setId("importanceSeed");
        seed.setEditable(true);
        seed.setPrefWidth(100);
        seedRow = new HBox(6, new Label("seed"), seed);
        FormParts.actionItem(box, FILE, old -> pick());
        box.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            if (now == null || FILE.equals(now)) return;
            layout();
            onChange.run();
        });
        seed.valueProperty().addListener((o, a, v) -> onChange.run());
        view = new VBox(3, new Label("Channel importance"), box, seedRow, fileLabel, error);
        layout();
    }

    VBox view() { return view; }

    ComboBox<String> box() { return box; }

    void showError(String message) {
        error.setText(message == null ? "" : message);
    }

    /** Offers "γ carried by the model file" only while the chosen model carries γ. */
    void setModelCarriesGammas(boolean carries) {
        if (carries && !box.getItems().contains(FROM_MODEL)) box.getItems().add(1, FROM_MODEL);
        if (!carries && box.getItems().remove(FROM_MODEL) && box.getValue() == null) box.getSelectionModel().select(UNIFORM);
    }

    ImportanceChoice choice() {
        String v = box.getValue();
        if (DEMO.equals(v)) return ImportanceChoice.demo(seed.getValue());
        if (FROM_MODEL.equals(v)) return ImportanceChoice.modelFile();
        if (v != null && v.equals(fileItem)) return ImportanceChoice.file(file);
        return ImportanceChoice.uniform();
    }

    private void pick() {
        ctx.dialogs().openFile("Open channel importance (BN γ)", List.of("*.json", "*.csv")).ifPresent(p -> {
            file = p;
            if (fileItem != null) box.getItems().remove(fileItem);
            fileItem = "γ: " + p.getFileName();
            box.getItems().add(box.getItems().size() - 1, fileItem);
            box.getSelectionModel().select(fileItem); // re-prepares: the file is read for the current model
            fileLabel.setText(p.toString());
            layout();
        });
    }

    private void layout() {
        boolean demo = DEMO.equals(box.getValue());
        seedRow.setVisible(demo);
        seedRow.setManaged(demo);
        boolean fromFile = box.getValue() != null && box.getValue().equals(fileItem);
        fileLabel.setVisible(fromFile);
        fileLabel.setManaged(fromFile);
        if (!fromFile) error.setText("");
    }
}
