package io.evolp.ui.predictors;

import io.evolp.predict.curve.LearningCurve;
import io.evolp.predict.transfer.TransferPredictor;
import io.evolp.task.TaskHandle;
import io.evolp.task.TaskRunner;
import io.evolp.ui.common.Dialogs;
import io.evolp.ui.common.Messages;
import io.evolp.ui.common.TableCsvExport;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.workflow.LearningCurves;
import javafx.beans.InvalidationListener;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Controller role of the "Learning curve" tab: checks the inputs, runs {@link LearningCurves} (the same
 * study as {@code evolp validate --learning-curve}) on the {@link TaskRunner} and puts the result into
 * the {@link CurveModel}. Latest wins: a new run cancels the one still going, and changing an input
 * while a study runs restarts it with the new inputs; a change after it finished marks the chart out
 * of date instead (a study can take minutes, so it is not rerun on every click). No nodes.
 */
final class CurveController {

    /** The split the CLI uses by default ({@code --holdout 0.2 --seed 1}), so both give the same numbers. */
    static final double HOLDOUT = 0.2;
    static final long SEED = 1;

    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final CurveModel model;
    private long generation;
    private boolean adjusting;

    CurveController(TaskRunner tasks, Dialogs dialogs, CurveModel model) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.model = model;
        InvalidationListener changed = o -> inputsChanged();
        model.target.addListener(changed);
        model.kinds.addListener(changed);
        model.sizes.addListener(changed);
        model.seeds.addListener(changed);
        model.active.addListener(changed);
        model.source.addListener((o, was, now) -> sourceChanged(was, now));
    }

    /**
     * Starts the study with the inputs as they are; completes with its result, or with null when the
     * inputs were refused, the run failed, was cancelled or was overtaken by a newer one.
     */
    CompletableFuture<LearningCurves.Result> run() {
        DatasetEntry target = model.target.get();
        CurveModel.Source src = model.source.get() == null ? CurveModel.Source.NONE : model.source.get();
        if (target == null) return refuse("Choose the dataset of the device to profile (Target).");
        if (model.kinds.isEmpty()) return refuse("Tick at least one predictor kind.");
        if (target.name().equals(src.datasetName())) {
            return refuse("The source was built from " + target.name() + " itself; pick another device's dataset or predictor to transfer from.");
        }
        LearningCurves.Request request;
        try {
            List<Integer> sizes = LearningCurves.parseSizes(model.sizes.get());
            LearningCurves.Source source = src.dataset() != null
                    ? LearningCurves.Source.ofDataset(src.dataset().dataset(), src.dataset().name())
                    : src.predictor() != null ? LearningCurves.Source.ofPredictor(src.predictor().predictor(), src.predictor().name()) : null;
            request = new LearningCurves.Request(target.dataset(), List.copyOf(model.kinds), sizes, model.seeds.get(),
                    HOLDOUT, SEED, source, model.active.get());
        } catch (IllegalArgumentException e) {
            return refuse(capitalised(e.getMessage()) + ".");
        }
        long mine = ++generation;
        TaskHandle<LearningCurves.Result> old = model.running.get();
        if (old != null) old.cancel();
        model.status.set("Computing the learning curves of " + String.join(", ", request.kinds()) + " on " + target.name()
                + " (" + request.seeds() + (request.seeds() == 1 ? " seed" : " seeds") + ")…");
        TaskHandle<LearningCurves.Result> h = tasks.submit("Learning curve on " + target.name(), pm -> LearningCurves.run(request, pm));
        model.running.set(h);
        return h.result().handle((r, err) -> {
            if (mine != generation) return null; // a newer run took over; its status stands
            model.running.set(null);
            if (err != null) {
                model.status.set(TaskHandle.isCancellation(err) || h.result().isCancelled()
                        ? "Cancelled" + (model.result.get() == null ? "." : " — the previous curves are kept.")
                        : "Learning curve failed: " + Messages.ofFailure(TaskHandle.unwrap(err)));
                return null;
            }
            model.result.set(r);
            model.stale.set(false);
            model.status.set(summary(r, target.name()));
            return r;
        });
    }

    /**
     * The workspace's datasets or predictors changed. A target or source replaced by an entry of the same
     * name (device renamed, predictor retrained) follows it; a target that is gone moves to the first
     * dataset left (or clears); a source that is gone resets to none, which turns transfer and active rows
     * off. Each time the status line names what changed and what the choice is now: a combo must neither
     * keep offering something that is gone nor change silently.
     */
    void workspaceChanged(List<DatasetEntry> datasets, List<PredictorEntry> predictors) {
        List<String> notes = new ArrayList<>();
        adjusting = true; // both changes first, then one restart of a running study with both applied
        try {
            DatasetEntry target = model.target.get();
            if (target != null && !datasets.contains(target)) notes.add(targetGone(target, datasets));
            CurveModel.Source src = model.source.get();
            boolean present = src == null || src.isNone()
                    || (src.dataset() != null ? datasets.contains(src.dataset()) : predictors.contains(src.predictor()));
            if (!present) notes.add(sourceGone(src, datasets, predictors));
        } finally {
            adjusting = false;
        }
        if (notes.isEmpty()) return;
        inputsChanged();
        // "Press Run to update the curves" is not repeated here: the stale line under the status says it.
        model.status.set(String.join(" ", notes) + (model.isRunning() ? " Computing the curves again…" : ""));
    }

    private String targetGone(DatasetEntry gone, List<DatasetEntry> datasets) {
        DatasetEntry same = datasets.stream().filter(d -> d.name().equals(gone.name())).findFirst().orElse(null);
        DatasetEntry next = same != null ? same : datasets.isEmpty() ? null : datasets.get(0);
        model.target.set(next);
        if (same != null) return gone.name() + " changed in the workspace; the target follows it.";
        return gone.name() + " was removed from the workspace; "
                + (next == null ? "open a dataset to choose a target." : "the target is now " + next.name() + ".");
    }

    private String sourceGone(CurveModel.Source gone, List<DatasetEntry> datasets, List<PredictorEntry> predictors) {
        String name = gone.dataset() != null ? gone.dataset().name() : gone.predictor().name();
        CurveModel.Source same = gone.dataset() != null
                ? datasets.stream().filter(d -> d.name().equals(name)).findFirst().map(d -> new CurveModel.Source(d, null)).orElse(null)
                : predictors.stream().filter(p -> p.name().equals(name)).findFirst().map(p -> new CurveModel.Source(null, p)).orElse(null);
        model.source.set(same != null ? same : CurveModel.Source.NONE);
        if (same != null) return "The source to transfer from, " + gone + ", changed in the workspace; Transfer from follows it.";
        return "The source to transfer from, " + gone + ", was removed from the workspace; Transfer from is reset to none, "
                + "so transfer and active rows are off.";
    }

    /** Cancels the running study (the chart keeps the previous result). */
    void cancel() {
        TaskHandle<?> h = model.running.get();
        if (h != null) h.cancel();
    }

    /** Writes the last result (full precision, one line per kind and size, with every seed's value) to a CSV the user picks. */
    CompletableFuture<Path> exportCsv() {
        LearningCurves.Result r = model.result.get();
        if (r == null) {
            model.status.set("Run a learning curve first; there is nothing to export yet.");
            return CompletableFuture.completedFuture(null);
        }
        Optional<Path> file = dialogs.saveFile("Export learning curve", "learning-curve.csv", List.of("*.csv"));
        if (file.isEmpty()) return CompletableFuture.completedFuture(null);
        Path p = file.get().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? file.get()
                : file.get().resolveSibling(file.get().getFileName() + ".csv");
        List<List<String>> rows = LearningCurves.csv(r);
        return tasks.submit("Export " + p.getFileName(), pm -> {
            TableCsvExport.write(rows, p);
            return p;
        }).result().handle((saved, err) -> {
            model.status.set(err == null ? "Saved the learning curve to " + saved.getFileName() + "."
                    : "Could not save " + p.getFileName() + ": " + Messages.ofFailure(TaskHandle.unwrap(err)));
            return err == null ? saved : null;
        });
    }

    private void inputsChanged() {
        if (adjusting) return;
        if (model.result.get() != null) model.stale.set(true);
        TaskHandle<?> h = model.running.get();
        if (h == null) return;
        // The running study answers a question no longer asked: drop it, then ask the new one (which may be refused).
        generation++;
        h.cancel();
        model.running.set(null);
        run();
    }

    /** Picking a source offers transfer (ticked); dropping it removes transfer and active sampling, which need one. */
    private void sourceChanged(CurveModel.Source was, CurveModel.Source now) {
        boolean had = was != null && !was.isNone(), has = now != null && !now.isNone();
        boolean outer = adjusting; // workspaceChanged may be adjusting several inputs at once
        adjusting = true;
        try {
            if (has && !had && !model.kinds.contains(TransferPredictor.KIND)) model.kinds.add(TransferPredictor.KIND);
            if (!has) {
                model.kinds.remove(TransferPredictor.KIND);
                model.active.set(false);
            }
        } finally {
            adjusting = outer;
        }
        inputsChanged();
    }

    /** One line a user can act on: the best kind at the smallest size and at all rows. */
    static String summary(LearningCurves.Result r, String target) {
        List<LearningCurve.Point> pts = r.points();
        int smallest = pts.stream().mapToInt(LearningCurve.Point::rows).min().orElse(0);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s: tested on %d held-out rows; all = %d training rows.",
                target, r.testRows(), r.trainRows()));
        for (int n : smallest == r.trainRows() ? new int[]{smallest} : new int[]{smallest, r.trainRows()}) {
            pts.stream().filter(p -> p.rows() == n).max(java.util.Comparator.comparingDouble(LearningCurve.Point::medianAcc10))
                    .ifPresent(p -> sb.append(String.format(Locale.ROOT, " Best at %d rows: %s, %.1f %% within ±10 %%.",
                            n, p.kind(), p.medianAcc10())));
        }
        return sb.toString();
    }

    private static String capitalised(String s) {
        return s == null || s.isEmpty() ? "Invalid input" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private CompletableFuture<LearningCurves.Result> refuse(String why) {
        model.status.set(why);
        return CompletableFuture.completedFuture(null);
    }
}
