package io.evolp.ui.shell;

import io.evolp.ui.common.Screen;
import io.evolp.ui.datasets.DatasetsScreen;
import io.evolp.ui.workspace.DatasetEntry;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * After File ▸ Import or a drop, the user wants to see what arrived: switch to the Datasets screen
 * and select the new dataset there (issue 13: the view used to stay where it was).
 */
final class DatasetReveal {

    private DatasetReveal() {
    }

    /** @param select shows the screen at an index of {@code screens} */
    static void show(List<Screen> screens, IntConsumer select, DatasetEntry added) {
        for (int i = 0; i < screens.size(); i++) {
            if (screens.get(i) instanceof DatasetsScreen d) {
                select.accept(i);
                d.reveal(added);
                return;
            }
        }
    }
}
