package io.evolp.ui.common;

/**
 * One entry of File ▸ Export for the current screen, e.g. "Accuracy chart as PNG…". The action
 * asks for the file itself (through {@link Dialogs}) and writes in the background.
 */
public record ExportAction(String label, Runnable action) {
}
