package io.evolp.ui.welcome;

import io.evolp.ui.workspace.CompressionPreset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A window stand-in for the welcome controller: records what it was asked to do. */
final class FakeHost implements WelcomeHost {

    /** What the unsaved-changes question answers: true = go on (saved or discarded), false = Cancel. */
    boolean discardable = true;
    final List<String> asked = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    final List<String> statuses = new ArrayList<>();
    final List<CompressionPreset> presets = new ArrayList<>();
    final List<Double> runAfter = new ArrayList<>();
    List<Path> recent = List.of();

    @Override public void whenDiscardable(String doing, Runnable then) {
        asked.add(doing);
        if (discardable) then.run();
    }

    @Override public void importDataset() { calls.add("importDataset"); }
    @Override public void openProject() { calls.add("openProject"); }
    @Override public void openRecent(Path project) { calls.add("openRecent " + project); }
    @Override public List<Path> recentProjects() { return recent; }
    @Override public void showFirstScreen() { calls.add("showFirstScreen"); }
    @Override public void status(String text) { statuses.add(text); }

    /** Completed by a test to say "the loop is running now". */
    final CompletableFuture<Void> started = new CompletableFuture<>();

    @Override public CompletableFuture<Void> compress(CompressionPreset preset, double runAfterSeconds) {
        presets.add(preset);
        runAfter.add(runAfterSeconds);
        return started;
    }
}
