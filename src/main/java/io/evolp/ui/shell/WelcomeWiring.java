package io.evolp.ui.shell;

import io.evolp.ui.compression.CompressionScreen;
import io.evolp.ui.welcome.WelcomeHost;
import io.evolp.ui.workspace.CompressionPreset;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Wires the welcome screen to the rest of the window: the project and import actions, the
 * navigation, and the Compression screen the starts and the classroom demo hand over to. Lives in
 * the shell because only the shell may know several screens.
 */
final class WelcomeWiring implements WelcomeHost {

    private final MainWindow window;

    WelcomeWiring(MainWindow window) {
        this.window = window;
    }

    @Override public void whenDiscardable(String doing, Runnable then) { window.project().whenDiscardable(doing, then); }

    @Override public void importDataset() { window.imports().importDataset(); }

    @Override public void openProject() { window.project().open(); }

    @Override public void openRecent(Path project) { window.project().openRecent(project); }

    @Override public List<Path> recentProjects() { return window.preferences().recent(); }

    @Override public void showFirstScreen() { window.select(0); }

    @Override public void status(String text) { window.status(text); }

    @Override
    public CompletableFuture<Void> compress(CompressionPreset preset, double runAfterSeconds) {
        CompressionScreen c = window.screens().stream().filter(CompressionScreen.class::isInstance)
                .map(CompressionScreen.class::cast).findFirst().orElseThrow();
        window.select(window.screens().indexOf(c));
        c.apply(preset);
        CompletableFuture<Void> started = new CompletableFuture<>();
        if (runAfterSeconds == 0) {
            c.runWhenReady().thenRun(() -> started.complete(null));
        } else if (runAfterSeconds > 0) { // the classroom demo: time for the teacher to say what comes
            PauseTransition wait = new PauseTransition(Duration.seconds(runAfterSeconds));
            wait.setOnFinished(e -> c.runWhenReady().thenRun(() -> started.complete(null)));
            wait.play();
        }
        return started;
    }
}
