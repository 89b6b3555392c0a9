package io.evolp.ui.welcome;

import io.evolp.ui.workspace.CompressionPreset;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What the welcome screen needs from the main window, supplied by the shell: the welcome package
 * knows neither the window nor the other screens (the shell knows them all). FX thread.
 */
public interface WelcomeHost {

    /** Runs {@code then} once unsaved changes are saved or discarded; never after Cancel. */
    void whenDiscardable(String doing, Runnable then);

    /** File ▸ Import dataset…. */
    void importDataset();

    /** File ▸ Open project…. */
    void openProject();

    void openRecent(Path project);

    /** Recent projects, newest first. */
    List<Path> recentProjects();

    /** Shows the first screen of the navigation (Datasets), e.g. after the sample project opened. */
    void showFirstScreen();

    /**
     * Shows the Compression screen set up as {@code preset}; when {@code runAfterSeconds} is 0 or
     * more the compression loop starts that many seconds later (negative: the user presses Run).
     * Completes when the loop is running (never when it is left to the user).
     */
    CompletableFuture<Void> compress(CompressionPreset preset, double runAfterSeconds);

    /** One line in the status bar. */
    void status(String text);
}
