package io.evolp.ui.workspace;

import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.common.Dialogs;
import io.evolp.ui.common.UiServices;

/**
 * What every screen gets: the workspace it shows and edits, the background task runner, and the
 * dialogs (replaceable in tests).
 */
public record UiContext(Workspace workspace, FxTaskRunner tasks, Dialogs dialogs) implements UiServices {
}
