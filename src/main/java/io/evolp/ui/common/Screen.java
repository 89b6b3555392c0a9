package io.evolp.ui.common;

import javafx.scene.Node;

/** One screen of the main window (Datasets, Predictors, Compression, Devices). */
public interface Screen {

    /** Title shown in the navigation. */
    String title();

    /** The screen's root node, created once. */
    Node view();

    /** Called when the screen becomes visible (e.g. to refresh choices from the workspace). */
    default void shown() {
    }

    /** Called once when the window closes: release what the screen holds (worker processes, tunnels). */
    default void dispose() {
    }
}
