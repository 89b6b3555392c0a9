package io.evolp.ui.compression;

import io.evolp.ui.workspace.Workspace;

import java.util.List;

/**
 * The measurement sources the Compression screen offers: the workspace's list, which the Devices
 * screen maintains (simulated profiles, replay files); more replay files can be picked with
 * "Replay file…" on the screen itself.
 */
final class SourceChoices {

    private SourceChoices() {
    }

    static List<String> specs(Workspace ws) {
        return List.copyOf(ws.sources());
    }
}
