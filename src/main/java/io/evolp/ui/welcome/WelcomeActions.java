package io.evolp.ui.welcome;

import java.nio.file.Path;
import java.util.List;

/**
 * What the welcome screen's buttons do, supplied by the main window (the welcome package knows
 * nothing of the window; the window knows the welcome screen). FX thread.
 */
public interface WelcomeActions {

    /** Opens the sample project and runs the compression loop at classroom pace. */
    void classroomDemo();

    /** Opens the sample project (as an untitled copy: Save asks where). */
    void openSampleProject();

    /** File ▸ Import dataset…. */
    void importDataset();

    /** File ▸ Open project…. */
    void openProject();

    /** Loads the architecture's simulated sample dataset, trains an evolp predictor, opens Compression. */
    void startFrom(String architectureId);

    void openRecent(Path project);

    /** Recent projects, newest first. */
    List<Path> recentProjects();

    /** The sample-data folder, or null when it cannot be found (the sample buttons are then disabled). */
    Path sampleData();
}
