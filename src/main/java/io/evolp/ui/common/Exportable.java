package io.evolp.ui.common;

import java.util.List;

/**
 * Optional for a {@link Screen}: what File ▸ Export offers while the screen is shown. Asked each
 * time the menu opens, so the list may follow the screen's current state.
 */
public interface Exportable {

    List<ExportAction> exportActions();
}
