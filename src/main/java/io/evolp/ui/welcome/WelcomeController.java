package io.evolp.ui.welcome;

import io.evolp.project.ProjectFiles;
import io.evolp.project.ProjectLoad;
import io.evolp.task.TaskRunner;
import io.evolp.ui.common.Dialogs;
import io.evolp.ui.workspace.CompressionPreset;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.LoadProblems;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.ui.workspace.PredictorNames;
import io.evolp.ui.workspace.Workspace;
import io.evolp.workflow.DatasetImport;
import io.evolp.workflow.TrainEvaluate;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Controller of the welcome screen: opens the sample project (as an untitled copy — its file may sit
 * in a read-only installation, and Save must not overwrite the shipped sample), starts the classroom
 * demo, and "starts from a built-in architecture" (import its sample dataset, train an evolp
 * predictor with {@link TrainEvaluate}, hand over to Compression). Work runs through the
 * {@link TaskRunner}; whatever needs the window goes through the {@link WelcomeHost}. No nodes.
 */
public final class WelcomeController {

    static final double TEST_FRACTION = 0.2;
    static final long SEED = 1;
    /** The status once the demo's loop runs: what happened, and where to follow it (stays true to the end). */
    static final String STARTED = "Classroom demo: the EvoLP loop has started — the Compression screen's status line"
            + " follows it (Pause stops it, the Classroom pace slider sets the wait between measurements)";

    private final Workspace ws;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final WelcomeHost host;
    private final WelcomeModel model;

    public WelcomeController(Workspace ws, TaskRunner tasks, Dialogs dialogs, WelcomeHost host, WelcomeModel model) {
        this.ws = ws;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.host = host;
        this.model = model;
    }

    /** Re-reads where the sample data is and the recent projects. */
    public void refresh() {
        model.sampleDataProperty().set(SampleData.locate().orElse(null));
        model.recentProjects().setAll(host.recentProjects());
    }

    public void importDataset() { host.importDataset(); }

    public void openProject() { host.openProject(); }

    public void openRecent(Path project) { host.openRecent(project); }

    /** The sample project, shown on the Datasets screen. */
    public CompletableFuture<ProjectLoad> openSampleProject() {
        CompletableFuture<ProjectLoad> done = new CompletableFuture<>();
        host.whenDiscardable("opening the sample project", () -> relay(loadSample().thenApply(load -> {
            host.showFirstScreen();
            host.status("Opened the sample project (simulated data, untitled: Save as… keeps your changes)");
            return load;
        }), done));
        return done;
    }

    /** The sample project, then the compression loop at classroom pace after the demo's start delay. */
    public CompletableFuture<ProjectLoad> classroomDemo() {
        ClassroomDemo demo = model.demoProperty().get();
        CompletableFuture<ProjectLoad> done = new CompletableFuture<>();
        host.whenDiscardable("starting the classroom demo", () -> relay(loadSample().thenApply(load -> {
            // The announcement is replaced once the loop really runs: a status bar that says "starts
            // in 3 s" for the whole lesson is a lie from the fourth second on.
            host.compress(demo.preset(), Math.max(0, demo.startDelaySeconds())).thenRun(() -> host.status(STARTED));
            if (demo.startDelaySeconds() > 0) {
                host.status(String.format(Locale.ROOT, "Classroom demo: the EvoLP loop starts in %.0f s — Pause "
                        + "stops it, the Classroom pace slider sets the wait between measurements", demo.startDelaySeconds()));
            }
            return load;
        }), done));
        return done;
    }

    /**
     * Empties the workspace, imports the chosen architecture's sample dataset, trains an evolp
     * predictor on it (20 % held out, as the Predictors screen does) and opens Compression with it.
     * Completes with the trained predictor's entry.
     */
    public CompletableFuture<PredictorEntry> startFromChosen() {
        Starter s = model.starterProperty().get();
        Path samples = model.sampleDataProperty().get();
        if (s == null || samples == null) return CompletableFuture.failedFuture(new IllegalStateException("no sample data"));
        CompletableFuture<PredictorEntry> done = new CompletableFuture<>();
        host.whenDiscardable("starting from " + s.architecture(), () -> {
            ws.clear();
            Path file = samples.resolve(s.dataset());
            relay(tasks.submit("Reading " + file.getFileName(), pm -> DatasetImport.read(file, null)).result()
                    .thenCompose(r -> train(ws.addImported(r), s)), done);
        });
        return done;
    }

    private CompletableFuture<PredictorEntry> train(DatasetEntry d, Starter s) {
        TrainEvaluate.Request request = TrainEvaluate.Request.holdout(d.dataset(), List.of("evolp"), TEST_FRACTION, SEED);
        return tasks.submit("Training evolp on " + d.name(), pm -> TrainEvaluate.run(request, pm).get(0)).result()
                .thenApply(t -> {
                    PredictorEntry p = new PredictorEntry(ws.uniquePredictorName(PredictorNames.of("evolp", d.name(), LocalTime.now())), t.predictor(),
                            d.name(), TEST_FRACTION, SEED, t.report());
                    ws.predictors().add(p);
                    host.compress(new CompressionPreset(s.architecture(), s.source(), p.name(), 0.5, true, null), -1);
                    host.status("Trained " + p.name() + " — move the budget and press Run to compress "
                            + s.architecture() + " on " + s.source());
                    return p;
                });
    }

    /** Reads the sample project in the background and shows it as an untitled, unchanged project. */
    private CompletableFuture<ProjectLoad> loadSample() {
        Path samples = model.sampleDataProperty().get();
        if (samples == null) return CompletableFuture.failedFuture(new IllegalStateException("no sample data"));
        Path file = samples.resolve(SampleData.PROJECT);
        return tasks.submit("Opening the sample project", pm -> ProjectFiles.read(file, pm, false)).result()
                .thenApply(load -> {
                    ws.load(load.project(), null);
                    if (!load.problems().isEmpty()) {
                        dialogs.error("Part of the sample project could not be loaded", LoadProblems.describe(load.problems()));
                    }
                    return load;
                });
    }

    private static <T> void relay(CompletableFuture<T> from, CompletableFuture<T> to) {
        from.whenComplete((v, e) -> {
            if (e != null) to.completeExceptionally(e);
            else to.complete(v);
        });
    }
}
