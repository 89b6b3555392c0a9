package io.evolp.ui.app;

import io.evolp.project.ProjectFiles;
import io.evolp.project.ProjectLoad;
import io.evolp.ui.workspace.CompressionPreset;
import io.evolp.ui.compression.CompressionScreen;
import io.evolp.ui.welcome.ClassroomDemo;
import io.evolp.ui.welcome.SampleData;
import io.evolp.ui.welcome.Starter;
import io.evolp.ui.welcome.WelcomeActions;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import io.evolp.workflow.TrainEvaluate;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * The welcome screen's actions, carried out with the main window's project and import actions.
 * The sample project opens as an untitled copy (its file may sit in a read-only installation, and
 * Save must not overwrite the shipped sample).
 */
final class WelcomeController implements WelcomeActions {

    private static final double TEST_FRACTION = 0.2;
    private static final long SEED = 1;

    private final MainWindow window;
    private final UiContext ctx;
    private final Workspace ws;
    private ClassroomDemo demo = ClassroomDemo.DEFAULT;

    WelcomeController(MainWindow window, UiContext ctx) {
        this.window = window;
        this.ctx = ctx;
        this.ws = ctx.workspace();
    }

    /** Tests run the demo at a fast pace without the start delay. */
    void setDemo(ClassroomDemo d) { demo = d; }

    @Override public Path sampleData() { return SampleData.locate().orElse(null); }

    @Override public List<Path> recentProjects() { return window.preferences().recent(); }

    @Override public void importDataset() { window.imports().importDataset(); }

    @Override public void openProject() { window.project().open(); }

    @Override public void openRecent(Path project) { window.project().openRecent(project); }

    @Override
    public void openSampleProject() {
        window.project().whenDiscardable("opening the sample project", () -> loadSample().thenAccept(x -> {
            window.select(0);
            window.status("Opened the sample project (simulated data, untitled: Save as… keeps your changes)");
        }));
    }

    @Override
    public void classroomDemo() {
        window.project().whenDiscardable("starting the classroom demo", () -> loadSample().thenAccept(x -> {
            CompressionScreen c = compression();
            window.select(window.screens().indexOf(c));
            c.apply(demo.preset());
            if (demo.startDelaySeconds() <= 0) {
                c.runWhenReady();
                return;
            }
            window.status(String.format(Locale.ROOT, "Classroom demo: the EvoLP loop starts in %.0f s — "
                    + "Pause stops it, the Classroom pace slider sets the wait between measurements", demo.startDelaySeconds()));
            PauseTransition wait = new PauseTransition(Duration.seconds(demo.startDelaySeconds()));
            wait.setOnFinished(e -> c.runWhenReady());
            wait.play();
        }));
    }

    @Override
    public void startFrom(String architecture) {
        Starter s = Starter.of(architecture).orElseThrow();
        Path samples = sampleData();
        if (samples == null) return; // the button is disabled then
        window.project().whenDiscardable("starting from " + architecture, () -> {
            ws.clear();
            window.imports().importDataset(samples.resolve(s.dataset())).thenAccept(r -> {
                if (!ws.datasets().isEmpty()) train(ws.datasets().get(ws.datasets().size() - 1), s);
            });
        });
    }

    /** An evolp predictor on the dataset (20 % held out, as the Predictors screen does), then Compression. */
    private void train(DatasetEntry d, Starter s) {
        ctx.tasks().run("Training evolp on " + d.name(), pm -> TrainEvaluate.run(
                TrainEvaluate.Request.holdout(d.dataset(), List.of("evolp"), TEST_FRACTION, SEED), pm).get(0), t -> {
            String name = ws.uniquePredictorName("evolp · " + d.name());
            ws.predictors().add(new PredictorEntry(name, t.predictor(), d.name(), TEST_FRACTION, SEED, t.report()));
            CompressionScreen c = compression();
            window.select(window.screens().indexOf(c));
            c.apply(new CompressionPreset(s.architecture(), s.source(), name, 0.5, true, null));
            window.status("Trained " + name + " — move the budget and press Run to compress " + s.architecture()
                    + " on " + s.source());
        });
    }

    /** Reads the sample project in the background and shows it as an untitled, unchanged project. */
    private CompletableFuture<ProjectLoad> loadSample() {
        Path samples = sampleData();
        if (samples == null) return CompletableFuture.failedFuture(new IllegalStateException("no sample data"));
        Path file = samples.resolve(SampleData.PROJECT);
        return ctx.tasks().run("Opening the sample project", pm -> ProjectFiles.read(file, pm, false), load -> {
            ws.load(load.project(), null);
            if (!load.problems().isEmpty()) {
                ctx.dialogs().error("Part of the sample project could not be loaded", ProjectActions.describe(load.problems()));
            }
        });
    }

    private CompressionScreen compression() {
        return window.screens().stream().filter(CompressionScreen.class::isInstance).map(CompressionScreen.class::cast)
                .findFirst().orElseThrow();
    }
}
