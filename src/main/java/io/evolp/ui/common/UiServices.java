package io.evolp.ui.common;

/**
 * The services shared helpers of this package need from a screen's context: background tasks and
 * dialogs. {@code ui.workspace.UiContext} implements it, so helpers here take a context without
 * {@code ui.common} depending on {@code ui.workspace} (common stays the lower package).
 */
public interface UiServices {

    FxTaskRunner tasks();

    Dialogs dialogs();
}
