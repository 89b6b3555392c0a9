package io.evolp.ui.shell;

import io.evolp.compress.BudgetSearch;
import io.evolp.compress.ChannelImportance;
import io.evolp.compress.CompressionSession;
import io.evolp.compress.SessionJson;
import io.evolp.core.ModelSpec;
import io.evolp.core.zoo.Zoo;
import io.evolp.evolve.EvolvingPredictor;
import io.evolp.measure.SimulatedSource;
import io.evolp.measure.sim.DeviceProfile;
import io.evolp.predict.LatencyPredictor;
import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.devices.ReplayInfo;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.ui.workspace.SessionEntry;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import io.evolp.workflow.TrainEvaluate;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Writes PNGs of every screen for the README and for checking layouts: opens the main window with
 * the sample data loaded (the four simulated datasets and the broken one, an evolp predictor trained
 * on the VGG16 / TX2 data, a compression session, a model and a replay source), selects each screen
 * in turn at each size and theme and snapshots the scene to
 * {@code <out>/<screen>-<W>x<H>-<theme>.png} (first {@code welcome-…}, the empty workspace), then the
 * user guide, glossary and About windows; then exits. With {@code --presentation} it shoots every
 * screen in presentation mode instead ({@code <screen>-presentation-<W>x<H>-<theme>.png}), at the
 * sizes given. Preferences go to a temporary folder. A developer tool in the test sources (not in the
 * product jar): run it with {@code packaging/screenshots.sh} (under Xvfb, from the test class path);
 * not an {@code Application} subclass, so it starts from a plain class path.
 *
 * <p>Usage: {@code Screenshots [out-dir] [sample-dir] [--presentation] [WxH …]} (default sizes 1280x800 1920x1080)
 */
public final class Screenshots {

    private static final List<String> DATASETS = List.of("vgg16-simulated-tx2.csv", "mobilenetv1-simulated-nano.csv",
            "resnet50-simulated-tx2.csv", "inceptionv3-simulated-cpu.csv", "broken/bad-rows.csv");

    private final Path out;
    private final Path samples;
    private final boolean presentation;
    private final List<int[]> sizes;
    private boolean measured; // Try it and the EvoLP loop run once, at the first size
    private Stage stage;
    private MainWindow window;
    private UiContext ctx;

    private Screenshots(Path out, Path samples, boolean presentation, List<int[]> sizes) {
        this.out = out;
        this.samples = samples;
        this.presentation = presentation;
        this.sizes = sizes;
    }

    public static void main(String[] args) throws Exception {
        List<String> plain = new ArrayList<>();
        List<int[]> sizes = new ArrayList<>();
        boolean presentation = false;
        for (String a : args) {
            if (a.equals("--presentation")) presentation = true;
            else if (a.matches("\\d+x\\d+")) sizes.add(new int[]{Integer.parseInt(a.split("x")[0]), Integer.parseInt(a.split("x")[1])});
            else plain.add(a);
        }
        if (sizes.isEmpty()) sizes = List.of(new int[]{1280, 800}, new int[]{1920, 1080});
        Path out = Path.of(plain.size() > 0 ? plain.get(0) : "docs/screenshots");
        Path samples = Path.of(plain.size() > 1 ? plain.get(1) : "sample-data");
        Files.createDirectories(out);
        Screenshots s = new Screenshots(out, samples, presentation, sizes);
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.startup(() -> s.run().whenComplete((r, e) -> {
            if (e != null) done.completeExceptionally(e);
            else done.complete(null);
        }));
        int status = 0;
        try {
            done.get();
        } catch (Exception e) {
            System.err.println("screenshots failed: " + e.getCause());
            status = 1;
        }
        Platform.exit();
        System.exit(status);
    }

    private CompletableFuture<Void> run() {
        stage = new Stage();
        try {
            Path prefsDir = Files.createTempDirectory("evolp-screenshots");
            AppPreferences prefs = AppPreferences.load(prefsDir.resolve("preferences.json"));
            prefs.setWindow(new WindowState(0, 0, sizes.get(0)[0], sizes.get(0)[1], false));
            ConsoleDialogs dialogs = new ConsoleDialogs();
            ctx = new UiContext(new Workspace(), new FxTaskRunner(dialogs), dialogs);
            window = MainWindow.install(stage, ctx, prefs, Screens.factories());
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
        stage.show();
        // The empty workspace first: the welcome page a first start shows.
        CompletableFuture<Void> chain = settle(1500);
        for (int[] size : sizes) {
            for (String theme : List.of(Themes.LIGHT, Themes.DARK)) {
                chain = chain.thenCompose(x -> setUp(size, theme)).thenAccept(x -> shoot(name("welcome", size, theme)));
            }
        }
        return chain.thenCompose(x -> loadAndShoot());
    }

    /** Window size, theme and (with --presentation) presentation mode, then a moment to lay out. */
    private CompletableFuture<Void> setUp(int[] size, String theme) {
        window.setTheme(theme);
        if (window.zoom().presenting()) window.zoom().togglePresentation();
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(size[0]);
        stage.setHeight(size[1]);
        if (presentation) {
            window.zoom().togglePresentation();
            stage.setWidth(size[0]); // a virtual screen may not resize a full-screen window: the size is the projector's
            stage.setHeight(size[1]);
        }
        return settle(1200);
    }

    private String name(String screen, int[] size, String theme) {
        return screen + (presentation ? "-presentation-" : "-") + size[0] + "x" + size[1] + "-" + theme;
    }

    private CompletableFuture<Void> loadAndShoot() {
        List<CompletableFuture<?>> loads = new ArrayList<>();
        for (String f : DATASETS) loads.add(window.imports().importDataset(samples.resolve(f)));
        loads.add(window.imports().importModel(samples.resolve("models/vgg16-half.json")));
        Path replay = samples.resolve("models/vgg16-random-simulated-tx2.jsonl");
        loads.add(ctx.tasks().run("Reading replay", pm -> ReplayInfo.read(replay),
                info -> ctx.workspace().sources().add(info.spec())));
        return CompletableFuture.allOf(loads.toArray(CompletableFuture[]::new))
                .thenCompose(x -> trainAndCompress())
                .thenCompose(x -> shootAll());
    }

    /** An evolp predictor on the VGG16/TX2 data (20 % held out) and a compression session to 40 % of its latency. */
    private CompletableFuture<Void> trainAndCompress() {
        Workspace ws = ctx.workspace();
        // Imports finish in any order: pick the VGG16 / TX2 data by name.
        DatasetEntry vgg = ws.datasets().stream().filter(d -> d.name().startsWith("vgg16")).findFirst().orElseThrow();
        record Trained(PredictorEntry predictor, SessionEntry session) { }
        return ctx.tasks().run("Training evolp on " + vgg.name(), pm -> {
            TrainEvaluate.Trained t = TrainEvaluate.run(
                    TrainEvaluate.Request.holdout(vgg.dataset(), List.of("evolp"), 0.2, 1), pm).get(0);
            LatencyPredictor p = t.predictor();
            PredictorEntry e = new PredictorEntry("evolp · " + vgg.name(), p, vgg.name(), 0.2, 1, t.report());
            ModelSpec model = Zoo.model("vgg16", null);
            try (SimulatedSource tx2 = new SimulatedSource(DeviceProfile.TX2, SimulatedSource.Options.defaults())) {
                CompressionSession s = new CompressionSession(model, ChannelImportance.random(model, 1),
                        EvolvingPredictor.start(p, "robust"), tx2, 0.4 * p.predictModel(model).latencyMs(), 6,
                        BudgetSearch.Options.defaults());
                s.run(pm);
                return new Trained(e, new SessionEntry("vgg16 on simulated TX2, 40 % budget", SessionJson.write(s, null)));
            }
        }, r -> {
            ws.predictors().add(r.predictor());
            ws.sessions().add(r.session());
        }).thenApply(x -> null);
    }

    private CompletableFuture<Void> shootAll() {
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (int[] size : sizes) {
            for (String theme : List.of(Themes.LIGHT, Themes.DARK)) {
                chain = chain.thenCompose(x -> setUp(size, theme));
                for (int i = 0; i < window.screens().size(); i++) {
                    int index = i;
                    String screen = window.screens().get(i).title().toLowerCase(Locale.ROOT);
                    chain = chain.thenCompose(x -> {
                        window.select(index);
                        window.status("Screenshot of the " + window.screens().get(index).title() + " screen");
                        return settle(1500);
                    }).thenCompose(x -> measured ? CompletableFuture.completedFuture(null)
                            : screen.equals("devices") ? tryIt()
                            : screen.equals("compression") ? runCompression() : CompletableFuture.completedFuture(null))
                            .thenAccept(x -> shoot(name(screen, size, theme)));
                }
                chain = chain.thenAccept(x -> measured = true)
                        .thenCompose(x -> window(UserGuideWindow.show(stage, stage.getScene().getStylesheets()), name("user-guide", size, theme)))
                        .thenCompose(x -> window(GlossaryWindow.show(stage, stage.getScene().getStylesheets()), name("glossary", size, theme)))
                        .thenCompose(x -> window(AboutWindow.show(stage, stage.getScene().getStylesheets()), name("about", size, theme)));
            }
        }
        return chain;
    }

    private CompletableFuture<Void> window(Stage w, String name) {
        return settle(500).thenAccept(x -> {
            write(w.getScene().snapshot(null), name);
            w.close();
        });
    }

    /** Presses "Run" on the Compression screen (a live EvoLP loop) and waits until it has finished. */
    private CompletableFuture<Void> runCompression() {
        Button run = (Button) stage.getScene().lookup("#runButton");
        Button pause = (Button) stage.getScene().lookup("#pauseButton");
        if (run == null || pause == null || run.isDisabled()) return CompletableFuture.completedFuture(null);
        // Per-layer γ thresholds, as in the paper (uniform widths jump across the device's channel tiles).
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> importance =
                (javafx.scene.control.ComboBox<String>) stage.getScene().lookup("#importanceChoice");
        if (importance != null) importance.getSelectionModel().select("demo γ (seeded random)");
        Button reset = (Button) stage.getScene().lookup("#resetButton");
        return settle(1500).thenCompose(x -> {
            if (reset != null) reset.fire(); // start from the new settings
            return settle(1000);
        }).thenCompose(x -> {
            run.fire();
            return until(() -> pause.isDisabled() && run.isDisabled(), 60_000);
        }).thenCompose(x -> settle(500));
    }

    /** Completes when {@code condition} holds (polled on the FX thread), or after {@code maxMs} anyway. */
    private static CompletableFuture<Void> until(java.util.function.BooleanSupplier condition, long maxMs) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        long deadline = System.currentTimeMillis() + maxMs;
        PauseTransition poll = new PauseTransition(Duration.millis(100));
        poll.setOnFinished(e -> {
            if (condition.getAsBoolean() || System.currentTimeMillis() > deadline) done.complete(null);
            else poll.playFromStart();
        });
        poll.play();
        return done;
    }

    /** Presses "Measure" on the Devices screen and waits for its result. */
    private CompletableFuture<Void> tryIt() {
        Button measure = (Button) stage.getScene().lookup("#try-measure");
        if (measure == null) return CompletableFuture.completedFuture(null);
        measure.fire();
        return until(() -> !measure.isDisabled(), 60_000).thenCompose(x -> settle(300));
    }

    /** Lets layout, charts and the status bar settle (animations, the 100 ms task poller). */
    private static CompletableFuture<Void> settle(int ms) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        PauseTransition p = new PauseTransition(Duration.millis(ms));
        p.setOnFinished(e -> f.complete(null));
        p.play();
        return f;
    }

    private void shoot(String name) {
        write(stage.getScene().snapshot(null), name);
    }



    private void write(WritableImage img, String name) {
        Path file = out.resolve(name + ".png");
        try {
            io.evolp.io.AtomicFiles.write(file, o -> ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", o));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        System.out.println("wrote " + file + " (" + (int) img.getWidth() + "×" + (int) img.getHeight() + ")");
    }

    /** No modal dialogs in an unattended run: messages go to the console. */
    private static final class ConsoleDialogs implements io.evolp.ui.common.Dialogs {
        @Override public void error(String title, String message) { System.err.println("error: " + title + ": " + message); }
        @Override public void info(String title, String message) { System.out.println(title + ": " + message); }
        @Override public java.util.Optional<Boolean> confirm(String t, String m) { return java.util.Optional.of(false); }
        @Override public java.util.Optional<Path> openFile(String t, List<String> e) { return java.util.Optional.empty(); }
        @Override public List<Path> openFiles(String t, List<String> e) { return List.of(); }
        @Override public java.util.Optional<Path> saveFile(String t, String n, List<String> e) { return java.util.Optional.empty(); }
        @Override public java.util.Optional<String> askText(String t, String p, String i) { return java.util.Optional.empty(); }
    }
}
