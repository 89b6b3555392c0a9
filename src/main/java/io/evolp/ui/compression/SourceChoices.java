package io.evolp.ui.compression;

import java.util.List;

/**
 * The measurement sources the Compression screen offers. Read through this one method so that when
 * the workspace gains the Devices screen's list of source specs, offering them is a one-line change
 * here (replay files are picked with "Replay file…" on the screen itself).
 */
final class SourceChoices {

    private SourceChoices() {
    }

    static List<String> specs() {
        return List.of("simulated:tx2", "simulated:nano", "simulated:cpu");
    }
}
