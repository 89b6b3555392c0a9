package io.evolp.ui.datasets;

import io.evolp.ui.common.Dialogs;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Dialogs for the screenshot and benchmark mains: nothing is asked, errors are printed. */
final class DatasetsScreenshotsDialogs implements Dialogs {
    @Override public void error(String t, String m) { System.err.println("error: " + t + ": " + m); }
    @Override public void info(String t, String m) { }
    @Override public Optional<Boolean> confirm(String t, String m) { return Optional.empty(); }
    @Override public Optional<Path> openFile(String t, List<String> e) { return Optional.empty(); }
    @Override public List<Path> openFiles(String t, List<String> e) { return List.of(); }
    @Override public Optional<Path> saveFile(String t, String s, List<String> e) { return Optional.empty(); }
    @Override public Optional<String> askText(String t, String p, String i) { return Optional.empty(); }
}
