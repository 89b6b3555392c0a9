package io.evolp.ui.predictors;

import io.evolp.analysis.MatrixCells;
import io.evolp.core.LayerDataset;
import io.evolp.predict.AutoPredictor;
import io.evolp.predict.Evaluator;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.PredictorStore;
import io.evolp.predict.eval.EvaluationReport;
import io.evolp.task.TaskHandle;
import io.evolp.task.TaskRunner;
import io.evolp.ui.common.Dialogs;
import io.evolp.ui.common.Messages;
import io.evolp.ui.common.TableCsvExport;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.ui.workspace.PredictorNames;
import io.evolp.ui.workspace.Workspace;
import io.evolp.workflow.TrainEvaluate;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Controller role of the Predictors screen: validates the form, trains through
 * {@link TrainEvaluate} on the {@link TaskRunner} (whose futures complete on the FX thread in the app,
 * at once with a synchronous runner in tests), loads, saves and removes predictors, and writes the
 * results into the {@link PredictorsModel} and the {@link Workspace}. No nodes; testable without a window.
 */
final class PredictorsController {

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final PredictorsModel model;
    private final Clock clock;

    PredictorsController(Workspace workspace, TaskRunner tasks, Dialogs dialogs, PredictorsModel model) {
        this(workspace, tasks, dialogs, model, Clock.systemDefaultZone());
    }

    /** @param clock the time that goes into result names ("kind · dataset · time") */
    PredictorsController(Workspace workspace, TaskRunner tasks, Dialogs dialogs, PredictorsModel model, Clock clock) {
        this.clock = clock;
        this.workspace = workspace;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.model = model;
    }

    /** Trains the chosen kinds; completes with the entries added (none when refused, cancelled or failed). */
    CompletableFuture<List<PredictorEntry>> train() {
        DatasetEntry ds = model.dataset.get();
        List<String> kinds = List.copyOf(model.kinds);
        model.seedInvalid.set(false);
        if (model.isTraining()) return refuse("Training is already running.");
        if (ds == null) return refuse("Choose a dataset to train on.");
        if (kinds.isEmpty()) return refuse("Tick at least one predictor kind.");
        long seed;
        try {
            seed = Long.parseLong(model.seed.get().trim());
        } catch (NumberFormatException ex) {
            model.seedInvalid.set(true);
            return refuse("Seed: expected a whole number, found '" + model.seed.get() + "'.");
        }
        double fraction = model.holdout.get();
        LayerDataset data = ds.dataset();
        TrainEvaluate.Request request;
        try {
            request = TrainEvaluate.Request.holdout(data, kinds, fraction, seed);
        } catch (IllegalArgumentException ex) {
            return refuse(ex.getMessage() + ".");
        }
        Optional<String> untestable = TrainEvaluate.untestable(request);
        if (untestable.isPresent()) return refuse("Cannot train on " + ds.name() + ": " + untestable.get() + ".");
        model.status.set("Training " + String.join(", ", kinds) + " on " + ds.name() + "…");
        TaskHandle<List<TrainEvaluate.Trained>> job = tasks.submit("Train " + String.join(", ", kinds) + " on " + ds.name(),
                pm -> TrainEvaluate.run(request, pm));
        model.training.set(job);
        return job.result().handle((results, err) -> {
            model.training.set(null);
            if (err != null) {
                model.status.set(TaskHandle.isCancellation(err) || job.result().isCancelled()
                        ? "Training cancelled — no predictor added." : "Training failed: " + Messages.ofFailure(err));
                return List.of();
            }
            return added(results, ds, fraction, seed);
        });
    }

    private List<PredictorEntry> added(List<TrainEvaluate.Trained> results, DatasetEntry ds, double fraction, long seed) {
        List<PredictorEntry> added = new ArrayList<>();
        int replaced = 0;
        LocalTime now = LocalTime.now(clock);
        model.autoDetails.set("");
        model.autoDescription.set(null);
        for (TrainEvaluate.Trained r : results) {
            String label = r.kind();
            if (r.predictor() instanceof AutoPredictor auto) {
                label = "auto → " + auto.chosenCandidate();
                model.autoDetails.set(KindInfo.cvTable(auto));
                model.autoDescription.set(auto.describe());
            }
            String base = PredictorNames.of(label, ds.name(), now);
            PredictorEntry e = new PredictorEntry(base, r.predictor(), ds.name(), fraction, seed, r.report());
            int same = Retrains.indexOfSameRun(workspace.predictors(), e);
            if (same >= 0) {
                // The same run again: it takes the earlier result's place (and row) instead of piling up.
                String old = workspace.predictors().get(same).name();
                e = withName(e, base.equals(old) ? old : workspace.uniquePredictorName(base));
                workspace.predictors().set(same, e);
                replaced++;
            } else {
                e = withName(e, workspace.uniquePredictorName(base));
                workspace.predictors().add(e);
            }
            added.add(e);
        }
        model.status.set("Trained " + added.size() + (added.size() == 1 ? " predictor" : " predictors")
                + " on " + ds.name() + ", tested on the same " + results.get(0).report().overall().n() + " rows"
                + (replaced == 0 ? "." : "; " + replaced + " replaced an identical earlier run."));
        model.selected.setAll(added);
        return added;
    }

    private static PredictorEntry withName(PredictorEntry e, String name) {
        return new PredictorEntry(name, e.predictor(), e.datasetName(), e.testFraction(), e.seed(), e.evaluation());
    }

    /** Cancels the running training, if any; its result then adds nothing. */
    void cancelTraining() {
        TaskHandle<?> h = model.training.get();
        if (h != null) h.cancel();
    }

    /** Loads a predictor file and evaluates it on all rows of the chosen dataset. */
    CompletableFuture<PredictorEntry> load() {
        DatasetEntry ds = model.dataset.get();
        if (ds == null) return refuse("Choose the dataset to evaluate the loaded predictor on.").thenApply(x -> null);
        Optional<Path> file = dialogs.openFile("Load predictor", List.of("*.json"));
        if (file.isEmpty()) return CompletableFuture.completedFuture(null);
        Path p = file.get();
        model.status.set("Loading " + p.getFileName() + "…");
        record Loaded(LatencyPredictor predictor, EvaluationReport report) { }
        return tasks.submit("Load " + p.getFileName(), pm -> {
            LatencyPredictor pred = PredictorStore.load(p);
            return new Loaded(pred, Evaluator.evaluate(pred, ds.dataset()));
        }).result().handle((r, err) -> {
            if (err != null) {
                model.status.set("Could not load " + p.getFileName() + ": " + Messages.ofFailure(err));
                return null;
            }
            String name = workspace.uniquePredictorName(PredictorNames.of(r.predictor().kind(), ds.name(), LocalTime.now(clock))
                    + " (" + p.getFileName() + ")");
            PredictorEntry e = new PredictorEntry(name, r.predictor(), ds.name(), 0, 0, r.report());
            workspace.predictors().add(e);
            model.status.set("Loaded " + p.getFileName() + ", evaluated on all " + ds.dataset().size() + " rows of " + ds.name() + ".");
            model.selected.setAll(List.of(e));
            return e;
        });
    }

    /** Saves the first selected predictor as JSON. */
    CompletableFuture<Path> save() {
        if (model.selected.isEmpty()) return refuse("Select a predictor in the table to save it.").thenApply(x -> null);
        PredictorEntry e = model.selected.get(0);
        String suggested = e.name().replace(" · ", "-").replaceAll("[^A-Za-z0-9._-]+", "_") + ".json";
        Optional<Path> file = dialogs.saveFile("Save predictor", suggested, List.of("*.json"));
        if (file.isEmpty()) return CompletableFuture.completedFuture(null);
        Path p = file.get();
        return tasks.submit("Save " + p.getFileName(), pm -> {
            PredictorStore.save(e.predictor(), p);
            return p;
        }).result().thenApply(saved -> {
            model.status.set("Saved " + e.name() + " to " + saved.getFileName() + ".");
            return saved;
        });
    }

    /** Removes the selected predictors from the workspace after the user confirms; returns how many went. */
    int removeSelected() {
        List<PredictorEntry> doomed = List.copyOf(model.selected);
        if (doomed.isEmpty()) {
            model.status.set("Select the predictors to remove in the table.");
            return 0;
        }
        String what = doomed.size() == 1 ? doomed.get(0).name() : doomed.size() + " predictors";
        if (!dialogs.confirm("Remove predictors", "Remove " + what + " from the workspace? Save it first to keep it.")
                .orElse(false)) {
            return 0;
        }
        workspace.predictors().removeAll(doomed);
        model.selected.removeAll(doomed);
        model.status.set("Removed " + what + ".");
        return doomed.size();
    }

    /** Writes table rows (as shown, taken by the view) to a CSV file the user chooses. */
    CompletableFuture<Path> exportTable(List<List<String>> rows) {
        Optional<Path> file = dialogs.saveFile("Export accuracy table", "predictor-accuracy.csv", List.of("*.csv"));
        if (file.isEmpty()) return CompletableFuture.completedFuture(null);
        Path p = file.get();
        return tasks.submit("Export " + p.getFileName(), pm -> {
            TableCsvExport.write(rows, p);
            return p;
        }).result();
    }

    /** The accuracy-matrix job for the workspace as it is now (call on the FX thread, run anywhere). */
    MatrixJob matrixJob() {
        Map<String, DatasetEntry> byName = new LinkedHashMap<>();
        for (DatasetEntry d : workspace.datasets()) byName.putIfAbsent(d.name(), d);
        return new MatrixJob(List.copyOf(workspace.predictors()), byName);
    }

    /** The predictors whose held-out rows make up a matrix cell (in workspace order). */
    List<PredictorEntry> entriesOf(MatrixCells.Cell cell) {
        List<PredictorEntry> out = new ArrayList<>();
        for (PredictorEntry e : workspace.predictors()) {
            if (MatrixJob.contributes(e, e.evaluation() == null ? null : workspace.dataset(e.datasetName()), cell)) out.add(e);
        }
        return out;
    }

    /** Selects a cell's predictors, so the charts show its scatter; says so in the status line. */
    void openCell(MatrixCells.Cell cell) {
        List<PredictorEntry> entries = entriesOf(cell);
        model.selected.setAll(entries);
        model.status.set(entries.isEmpty() ? "No predictor behind " + MatrixCsv.describe(cell) + " any more."
                : "Showing " + MatrixCsv.describe(cell) + ": " + entries.size()
                + (entries.size() == 1 ? " predictor." : " predictors."));
    }

    /** Writes the matrix cells shown (long form, full precision, best per column marked) to a CSV the user chooses. */
    CompletableFuture<Path> exportMatrix(List<MatrixCells.Cell> cells, PredictorsModel.Metric metric) {
        Optional<Path> file = dialogs.saveFile("Export accuracy matrix", "accuracy-matrix.csv", List.of("*.csv"));
        if (file.isEmpty()) return CompletableFuture.completedFuture(null);
        Path p = file.get();
        List<List<String>> rows = MatrixCsv.rows(cells, metric);
        return tasks.submit("Export " + p.getFileName(), pm -> {
            TableCsvExport.write(rows, p);
            return p;
        }).result().thenApply(saved -> {
            model.status.set("Saved the accuracy matrix to " + saved.getFileName() + ".");
            return saved;
        });
    }

    private <T> CompletableFuture<List<T>> refuse(String why) {
        model.status.set(why);
        return CompletableFuture.completedFuture(List.of());
    }
}
