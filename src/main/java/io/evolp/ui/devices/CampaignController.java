package io.evolp.ui.devices;

import io.evolp.measure.MeasurementSource;
import io.evolp.measure.campaign.CampaignProgress;
import io.evolp.measure.campaign.CampaignResult;
import io.evolp.measure.campaign.Eta;
import io.evolp.task.TaskHandle;
import io.evolp.task.TaskRunner;
import io.evolp.ui.common.Messages;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.DeviceSetup;
import io.evolp.ui.workspace.Workspace;
import io.evolp.workflow.CampaignPlan;
import io.evolp.workflow.DatasetImport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Controller role for campaigns (part of {@link DevicesController}): a sampling plan measured on a
 * device into a dataset CSV through {@link CampaignJob} on the task runner, progress into
 * {@link CampaignModel}, and the finished file opened as a workspace dataset via
 * {@link DatasetImport}. An existing CSV is resumed (said before starting); cancel stops after the
 * row in flight. One campaign at a time: a device measures one thing at a time anyway, and two
 * campaigns on one machine would disturb each other's timings.
 */
final class CampaignController {

    private final Workspace ws;
    private final TaskRunner tasks;
    private final Executor ui;
    private final Function<DeviceSetup, MeasurementSource> opener;
    private final CampaignModel model;
    private TaskHandle<CampaignResult> running;

    /** @param ui runs progress snapshots from the campaign's thread where the model may be written */
    CampaignController(Workspace ws, TaskRunner tasks, Executor ui, Function<DeviceSetup, MeasurementSource> opener,
                       CampaignModel model) {
        this.ws = ws;
        this.tasks = tasks;
        this.ui = ui;
        this.opener = opener;
        this.model = model;
    }

    void choosePlan(Path plan) {
        model.plan().set(plan);
        model.fromFile().set(true);
    }

    /** Sets the output and says whether it is new or will be resumed (a quick line count in the background). */
    void chooseOutput(Path csv) {
        model.output().set(csv);
        if (!Files.exists(csv)) {
            model.resumeNote().set("A new file: Start measures every plan row into it.");
            return;
        }
        tasks.submit("Looking at " + csv.getFileName(), pm -> {
            try (var lines = Files.lines(csv)) {
                return Math.max(0, lines.count() - 1);
            }
        }).result().whenComplete((n, e) -> {
            if (n != null && csv.equals(model.output().get())) {
                model.resumeNote().set(csv.getFileName() + " exists with " + n + " data rows: Start resumes it — rows "
                        + "already measured are skipped, the rest appended.");
            }
        });
    }

    boolean isRunning() {
        return running != null;
    }

    /** Starts a campaign on {@code spec}; a missing choice is said in the state line instead. */
    void start(String spec) {
        Path out = model.output().get();
        String problem = running != null ? "A campaign is already running."
                : spec == null ? "Select a device on the left first."
                : model.fromFile().get() && model.plan().get() == null ? "Choose a plan file, or generate a plan."
                : out == null ? "Choose the output CSV." : null;
        if (problem != null) {
            model.state(problem, true);
            return;
        }
        CampaignPlan plan = model.fromFile().get() ? CampaignPlan.file(model.plan().get())
                : CampaignPlan.generated(model.arch().get(), model.samples().get());
        DeviceSetup setup = DeviceSetup.of(ws, spec); // settings and token, read on the caller's thread
        model.state((Files.exists(out) ? "Resuming " : "Starting ") + out.getFileName() + " on " + spec + " …", false);
        model.progress().set(-1);
        model.canOpen().set(false);
        model.runningOn().set(spec);
        CampaignJob job = new CampaignJob(plan, () -> opener.apply(setup), out, p -> ui.execute(() -> show(p)));
        TaskHandle<CampaignResult> h = tasks.submit("Campaign: " + plan.describe() + " on " + spec + " → "
                + out.getFileName(), job::run);
        running = h;
        h.result().whenComplete((r, e) -> ended(h, out, r));
    }

    private void ended(TaskHandle<CampaignResult> h, Path out, CampaignResult r) {
        running = null;
        model.runningOn().set(null);
        model.eta().set("");
        model.canOpen().set(Files.exists(out));
        if (out.equals(model.output().get())) chooseOutput(out); // it now exists: the next Start resumes it
        if (r != null) {
            finished(r);
        } else if (h.state() == TaskHandle.State.CANCELLED) {
            model.state("Cancelled — " + out.getFileName() + " is valid and holds every row measured so far; "
                    + "Start resumes it.", false);
        } else {
            model.progress().set(0);
            model.state("Campaign stopped: " + h.failure().map(Messages::ofFailure).orElse("unknown failure"), true);
        }
    }

    /** Stops the running campaign after the row in flight. */
    void cancel() {
        if (running == null) return;
        running.cancel();
        model.state("Cancelling after the row in flight …", false);
    }

    /** A progress snapshot from the campaign. */
    void show(CampaignProgress p) {
        model.progress().set(p.planRows() == 0 ? 1 : (double) (p.done() + p.failed()) / p.planRows());
        model.rows().set(p.done() + " / " + p.planRows() + " rows" + (p.failed() > 0 ? ", " + p.failed() + " failed" : "")
                + (p.resumed() > 0 ? " (" + p.resumed() + " resumed)" : ""));
        model.eta().set(p.remaining() == null ? "" : "ETA " + Eta.format(p.remaining()));
        switch (p.state()) {
            case MEASURING -> model.state("Measuring " + (p.current() == null ? "" : Eta.layer(p.current()))
                    + (p.meanPerRow() == null ? "" : String.format(Locale.ROOT, " · %.2f s/row",
                    p.meanPerRow().toNanos() / 1e9)), false);
            case DEVICE_LOST -> model.state("DEVICE LOST — waiting to reconnect. " + p.message(), true);
            case GAVE_UP -> model.state("Stopped: " + p.message(), true);
            case CANCELLED -> model.state("Cancelled.", false);
            case FINISHED -> model.state("Finished.", false);
        }
    }

    private void finished(CampaignResult r) {
        String how = switch (r.stopped()) {
            case CANCELLED -> "Cancelled";
            case GAVE_UP -> "Stopped (device lost)";
            default -> r.complete() ? "Finished" : "Finished with " + r.failures().size() + " failed rows (Start retries them)";
        };
        model.state(how + ": " + (r.resumed() + r.measured()) + " of " + r.planRows() + " rows in " + r.csv().getFileName()
                + " (" + r.measured() + " measured now, " + r.resumed() + " resumed) in " + Eta.format(r.elapsed())
                + (r.notices().isEmpty() ? "" : ". Note: " + String.join("; ", r.notices())), false);
        if (r.stopped() == CampaignProgress.State.FINISHED) model.progress().set(1);
    }

    /** Reads the campaign's CSV in the background and adds it to the workspace's datasets. */
    void openAsDataset() {
        Path p = model.output().get();
        if (p == null) return;
        TaskHandle<DatasetImport.Imported> h = tasks.submit("Reading " + p.getFileName(), pm -> DatasetImport.read(p, null));
        h.result().whenComplete((r, e) -> {
            if (r == null) {
                model.state("Could not read " + p.getFileName() + ": " + h.failure().map(Messages::ofFailure).orElse("cancelled"), true);
                return;
            }
            String name = ws.uniqueDatasetName(r.name());
            ws.datasets().add(new DatasetEntry(name, p, r.dataset(), r.problems(), r.totalProblems()));
            model.state("Added dataset " + name + " (" + r.dataset().size() + " rows) — see the Datasets screen.", false);
        });
    }
}
