package io.evolp.ui.devices;

import io.evolp.core.LayerDataset;
import io.evolp.core.ModelSpec;
import io.evolp.core.zoo.Zoo;
import io.evolp.measure.MeasurementSource;
import io.evolp.measure.campaign.CampaignProgress;
import io.evolp.measure.campaign.Eta;
import io.evolp.predict.LatencyPredictor;
import io.evolp.task.TaskHandle;
import io.evolp.task.TaskRunner;
import io.evolp.ui.common.Messages;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.DeviceSetup;
import io.evolp.ui.workspace.ModelEntry;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.ui.workspace.PredictorNames;
import io.evolp.ui.workspace.Workspace;
import io.evolp.workflow.DatasetImport;
import io.evolp.workflow.adaptive.AdaptiveCampaign;
import io.evolp.workflow.adaptive.AdaptiveResult;
import io.evolp.workflow.adaptive.AdaptiveSettings;
import io.evolp.workflow.adaptive.CurvePoint;
import io.evolp.workflow.adaptive.CvScore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Controller role of "Profile a new device": runs a {@link ProfileJob} (an adaptive campaign) on the
 * task runner, puts each batch's cross-validated error into {@link ProfileModel#curve()}, and at the
 * end — finished, cancelled or failed — adds what was measured to the workspace: the dataset (read
 * back from the CSV; an entry from an earlier run on the same file is replaced) and the predictor of
 * the last finished batch, named {@code kind · dataset · time}. Nothing measured is ever dropped.
 */
final class ProfileController {

    private final Workspace ws;
    private final TaskRunner tasks;
    private final Executor ui;
    private final Function<DeviceSetup, MeasurementSource> opener;
    private final ProfileModel model;
    private final Clock clock;
    private TaskHandle<AdaptiveResult> running;
    private LatencyPredictor lastPredictor;
    private int lastRows;

    /** @param ui runs the campaign thread's updates where the model may be written; @param clock for result names */
    ProfileController(Workspace ws, TaskRunner tasks, Executor ui, Function<DeviceSetup, MeasurementSource> opener,
                      ProfileModel model, Clock clock) {
        this.ws = ws;
        this.tasks = tasks;
        this.ui = ui;
        this.opener = opener;
        this.model = model;
        this.clock = clock;
    }

    ProfileModel model() {
        return model;
    }

    boolean isRunning() {
        return running != null;
    }

    void chooseOutput(Path csv) {
        model.output().set(csv);
        if (!isRunning()) model.state(Files.exists(csv) ? csv.getFileName() + " exists: Start resumes it — its rows count as "
                + "measured." : "A new file: Start measures into it.", false);
    }

    /** Starts profiling with the model's choices; a missing choice is said in the state line instead. */
    void start() {
        String spec = model.device().get();
        Path out = model.output().get();
        List<ModelSpec> models = models();
        String problem = running != null ? "A profile is already running."
                : spec == null ? "Pick the device to profile."
                : models.isEmpty() ? "Tick at least one model of interest."
                : out == null ? "Choose the output CSV." : null;
        AdaptiveSettings settings = null;
        if (problem == null) {
            try {
                settings = AdaptiveSettings.of(model.budget().get(), model.batch().get());
            } catch (IllegalArgumentException e) {
                problem = e.getMessage().replace("--budget-rows", "Layers to measure").replace("--batch", "Batch");
            }
        }
        if (problem != null) {
            model.state(problem, true);
            return;
        }
        ProfileModel.Base base = model.base().get();
        PredictorEntry pe = base.predictor() == null ? null : find(ws.predictors(), base.predictor());
        DatasetEntry de = base.dataset() == null ? null : ws.dataset(base.dataset());
        if (!base.none() && pe == null && de == null) {
            model.state("The source to transfer from is no longer in the workspace; pick another.", true);
            return;
        }
        DeviceSetup setup = DeviceSetup.of(ws, spec); // settings and token, read on the caller's thread
        model.curve().clear();
        model.added().set("");
        model.latest().set("");
        model.progress().set(-1);
        model.running().set(true);
        lastPredictor = null;
        lastRows = 0;
        model.state((Files.exists(out) ? "Resuming " : "Starting ") + out.getFileName() + " on " + spec + " …", false);
        ProfileJob job = new ProfileJob(() -> opener.apply(setup), models, pe == null ? null : pe.predictor(),
                de == null ? null : de.dataset(), pe != null ? pe.name() : de != null ? de.name() : null, settings, out,
                u -> ui.execute(() -> batch(u)), p -> ui.execute(() -> row(p)));
        TaskHandle<AdaptiveResult> h = tasks.submit("Profiling " + spec + " → " + out.getFileName(), job::run);
        running = h;
        h.result().whenComplete((r, e) -> ended(h, out, r));
    }

    /**
     * The workspace's predictors or datasets changed: a source to transfer from that is no longer among
     * them resets to none, and the state line says which one was removed (a silent reset looked as if
     * the choice had never been made). A running profile goes on with the source it started with.
     */
    void sourcesChanged() {
        ProfileModel.Base b = model.base().get();
        if (b == null || b.none()) return;
        if (b.predictor() != null ? find(ws.predictors(), b.predictor()) != null : ws.dataset(b.dataset()) != null) return;
        model.base().set(ProfileModel.Base.NONE);
        model.state((b.predictor() != null ? "Predictor " + b.predictor() : "Dataset " + b.dataset())
                + " was removed from the workspace; Transfer from is reset to none (learn from scratch)."
                + (isRunning() ? " The running profile goes on with it." : ""), false);
    }

    /** Stops after the row in flight; what was measured is kept and added. */
    void cancel() {
        if (running == null) return;
        running.cancel();
        model.state("Cancelling after the layer in flight …", false);
    }

    private List<ModelSpec> models() {
        List<ModelSpec> out = new ArrayList<>();
        for (String id : Zoo.ids()) if (model.models().contains(id)) out.add(Zoo.model(id, null));
        for (ModelEntry m : ws.models()) if (model.models().contains(m.name()) && !Zoo.ids().contains(m.name())) out.add(m.model());
        return out;
    }

    private void batch(AdaptiveCampaign.Update u) {
        CurvePoint p = u.point();
        model.curve().add(p);
        lastPredictor = u.predictor();
        lastRows = p.rows();
        model.progress().set(Math.min(1, (double) p.rows() / model.budget().get()));
        String line = String.format(Locale.ROOT, "%s: %d layers measured — cross-validated MAPE %s, ±10 %% %s (%s)",
                u.batch() == 0 ? "Resumed" : "Batch " + u.batch(), p.rows(), pct(p.cvMape()), pct(p.cvAcc10()), p.predictor());
        model.latest().set(line);
        model.state(line, false);
    }

    private void row(CampaignProgress p) {
        if (p.state() == CampaignProgress.State.MEASURING && p.current() != null) {
            model.progress().set(Math.min(1, (double) (lastRows + p.done()) / model.budget().get()));
            model.state("Measuring " + Eta.layer(p.current()) + " (" + (lastRows + p.done()) + " of at most "
                    + model.budget().get() + " layers)", false);
        } else if (p.state() == CampaignProgress.State.DEVICE_LOST) {
            model.state("DEVICE LOST — waiting to reconnect. " + p.message(), true);
        }
    }

    private void ended(TaskHandle<AdaptiveResult> h, Path out, AdaptiveResult r) {
        running = null;
        model.running().set(false);
        String how;
        boolean error = false;
        if (r != null) {
            how = "Stopped: " + r.reason() + ".";
            model.progress().set(1);
        } else if (h.state() == TaskHandle.State.CANCELLED) {
            how = "Cancelled — every layer measured is in " + out.getFileName() + "; Start resumes it.";
        } else {
            how = "Profiling stopped: " + h.failure().map(Messages::ofFailure).orElse("unknown failure");
            error = true;
        }
        model.state(how, error);
        LatencyPredictor p = r != null ? r.predictor() : lastPredictor;
        if (Files.exists(out)) addResults(out, p);
    }

    /** Reads the CSV in the background and adds it (replacing an earlier entry of the same file) with the predictor. */
    private void addResults(Path out, LatencyPredictor p) {
        TaskHandle<DatasetImport.Imported> h = tasks.submit("Reading " + out.getFileName(), pm -> DatasetImport.read(out, null));
        h.result().whenComplete((r, e) -> {
            if (r == null || r.dataset().isEmpty()) {
                if (r == null) model.added().set("Could not read " + out.getFileName() + ": "
                        + h.failure().map(Messages::ofFailure).orElse("cancelled"));
                return;
            }
            String name = replaceOrAdd(out, r.dataset(), r);
            String added = "Added dataset " + name + " (" + r.dataset().size() + " rows)";
            if (p != null) {
                String kind = CvScore.label(p);
                String pn = ws.uniquePredictorName(PredictorNames.of(kind, name, LocalTime.now(clock)));
                ws.predictors().add(new PredictorEntry(pn, p, name, 0, 1, null));
                added += " and predictor " + pn + " (trained on " + lastTrained() + " rows)";
            }
            model.added().set(added + " to the workspace.");
        });
    }

    /** Rows the added predictor saw: those of the last curve point (a cancelled batch's rows are in the dataset only). */
    private int lastTrained() {
        List<CurvePoint> c = model.curve();
        return c.isEmpty() ? 0 : c.get(c.size() - 1).rows();
    }

    private String replaceOrAdd(Path out, LayerDataset data, DatasetImport.Imported r) {
        for (int i = 0; i < ws.datasets().size(); i++) {
            DatasetEntry d = ws.datasets().get(i);
            if (out.equals(d.source())) {
                ws.datasets().set(i, new DatasetEntry(d.name(), out, data, r.problems(), r.totalProblems()));
                return d.name();
            }
        }
        String name = ws.uniqueDatasetName(r.name());
        ws.datasets().add(new DatasetEntry(name, out, data, r.problems(), r.totalProblems()));
        return name;
    }

    private static PredictorEntry find(List<PredictorEntry> list, String name) {
        return list.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    private static String pct(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f %%", v) : "n/a (too few rows)";
    }
}
