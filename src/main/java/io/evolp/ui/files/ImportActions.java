package io.evolp.ui.files;

import io.evolp.compress.SessionJson;
import io.evolp.core.ModelSpec;
import io.evolp.evolve.EvolvingPredictor;
import io.evolp.evolve.EvolvingPredictorJson;
import io.evolp.io.ModelJson;
import io.evolp.io.onnx.OnnxImport;
import io.evolp.predict.LatencyPredictor;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.ModelEntry;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.ui.workspace.SessionEntry;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import io.evolp.workflow.DatasetImport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Bringing files into the workspace: datasets (File ▸ Import dataset…), models (File ▸ Import
 * model…), and the predictor and session files drag and drop accepts. Files are read in the
 * background; a dataset with bad rows is added with its problems (the Datasets screen lists
 * them) — even one with no valid row at all, so the user can see why.
 */
public final class ImportActions {

    private final UiContext ctx;
    private final Workspace ws;
    private final Consumer<String> status;
    private Consumer<DatasetEntry> onDatasetAdded = e -> { };

    public ImportActions(UiContext ctx, Consumer<String> status) {
        this.ctx = ctx;
        this.ws = ctx.workspace();
        this.status = status;
    }

    /**
     * Called with each dataset an import adds (menu or drag and drop), after it is in the workspace:
     * the window uses it to switch to the Datasets screen with the new dataset selected.
     */
    public void onDatasetAdded(Consumer<DatasetEntry> listener) {
        this.onDatasetAdded = listener == null ? e -> { } : listener;
    }

    public void importDataset() {
        ctx.dialogs().openFiles("Import layer dataset", List.of("*.csv")).forEach(this::importDataset);
    }

    public CompletableFuture<DatasetImport.Imported> importDataset(Path file) {
        return ctx.tasks().run("Reading " + file.getFileName(),
                pm -> DatasetImport.read(file, null), this::added);
    }

    private void added(DatasetImport.Imported r) {
        DatasetEntry e = ws.addImported(r);
        status.accept(r.summary(e.name()));
        onDatasetAdded.accept(e);
        r.unusable().ifPresent(why -> ctx.dialogs().error("No valid rows in " + r.file().getFileName(),
                why + " — the Datasets screen lists every problem."));
    }

    public void importModel() {
        ctx.dialogs().openFile("Import model", List.of("*.json", "*.jsonl", "*.onnx")).ifPresent(this::importModel);
    }

    /** A model JSON (one or more models) or an {@code .onnx} graph, read in the background. */
    public CompletableFuture<List<ModelSpec>> importModel(Path file) {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".onnx")) return importOnnx(file);
        return ctx.tasks().run("Reading model " + file.getFileName(), pm -> ModelJson.read(file), models -> {
            String base = baseName(file);
            for (int i = 0; i < models.size(); i++) {
                String name = uniqueModelName(models.size() == 1 ? base : base + " #" + (i + 1));
                ws.models().add(new ModelEntry(name, file, models.get(i)));
            }
            status.accept("Imported " + models.size() + (models.size() == 1 ? " model" : " models") + " from " + file.getFileName());
        });
    }

    /**
     * An ONNX graph: its 2-D convs with input sizes and the BN γ after each (kept in the model's
     * gammas, for channel importance). Operators the importer cannot follow and anything it had to
     * approximate are told in one info dialog, a line each; the model is added all the same.
     */
    CompletableFuture<List<ModelSpec>> importOnnx(Path file) {
        return ctx.tasks().run("Reading ONNX model " + file.getFileName(), pm -> OnnxImport.read(file), r -> {
            ModelSpec m = r.model();
            String name = uniqueModelName(baseName(file));
            ws.models().add(new ModelEntry(name, file, m));
            String summary = "Imported " + name + " from " + file.getFileName() + ": " + m.convs().size() + " convs, BN γ for "
                    + r.gammas().size();
            status.accept(summary);
            List<String> lines = OnnxReport.lines(r);
            if (!lines.isEmpty()) {
                ctx.dialogs().info("Imported " + file.getFileName() + " with notes", summary + ".\n" + String.join("\n", lines));
            }
        }).thenApply(r -> List.of(r.model()));
    }

    /**
     * A predictor file; an evolving one adds its layer-wise base (the Predictors screen works on
     * layer predictors) and says that its correction history stays in the file.
     */
    public CompletableFuture<PredictorEntry> importPredictor(Path file) {
        record Read(LatencyPredictor predictor, int history) { }
        return ctx.tasks().run("Reading predictor " + file.getFileName(), pm -> {
            EvolvingPredictorJson.Read read = EvolvingPredictorJson.read(file);
            if (read.isEvolving()) {
                EvolvingPredictor e = read.evolving();
                return new Read(e.base(), e.history().size());
            }
            return new Read(read.plain(), -1);
        }, r -> {
            String dataset = ws.datasets().stream().filter(d -> d.device().equals(r.predictor().device()))
                    .map(DatasetEntry::name).findFirst().orElse(null);
            PredictorEntry e = new PredictorEntry(ws.uniquePredictorName(baseName(file)), r.predictor(), dataset, 0, 0, null);
            ws.predictors().add(e);
            status.accept("Imported predictor " + e.name() + " (" + e.kind() + ", " + e.device() + ")");
            if (r.history() >= 0) {
                ctx.dialogs().info("Evolving predictor imported", "Added its layer predictor '" + e.name() + "'. Its "
                        + r.history() + " whole-model measurements stay in " + file.getFileName()
                        + "; the Compression screen evolves a predictor again from new measurements.");
            }
        }).thenApply(x -> ws.predictors().get(ws.predictors().size() - 1));
    }

    public CompletableFuture<SessionEntry> importSession(Path file) {
        return ctx.tasks().run("Reading session " + file.getFileName(),
                pm -> SessionJson.loadFile(file), // refuses what the Compression screen could not show, with the reason
                json -> {
            ws.sessions().add(new SessionEntry(ws.uniqueSessionName(baseName(file)), json));
            status.accept("Imported compression session from " + file.getFileName());
        }).thenApply(x -> ws.sessions().get(ws.sessions().size() - 1));
    }

    private String uniqueModelName(String base) {
        List<String> taken = new ArrayList<>(ws.models().stream().map(ModelEntry::name).toList());
        if (!taken.contains(base)) return base;
        for (int i = 2; ; i++) if (!taken.contains(base + " (" + i + ")")) return base + " (" + i + ")";
    }

    /** File name without its extension(s): "runs.jsonl" → "runs", "p.evolp.json" → "p.evolp". */
    static String baseName(Path file) {
        return DatasetImport.baseName(file);
    }
}
