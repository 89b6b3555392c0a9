package io.evolp.ui.shell;

import io.evolp.ui.common.Screen;
import io.evolp.ui.compression.CompressionScreen;
import io.evolp.ui.datasets.DatasetsScreen;
import io.evolp.ui.predictors.PredictorsScreen;
import io.evolp.ui.devices.DevicesScreen;
import io.evolp.ui.workspace.UiContext;

import java.util.List;
import java.util.function.Function;

/**
 * THE one place where the screens of the main window are registered, in navigation order
 * (Ctrl+1 … Ctrl+4 follow this order). Each screen is built from the shared {@link UiContext}.
 */
public final class Screens {

    private Screens() {
    }

    public static List<Function<UiContext, Screen>> factories() {
        return List.of(
                DatasetsScreen::new,
                ctx -> new PredictorsScreen(ctx, io.evolp.ui.evolution.EvolutionCheck::open),
                CompressionScreen::new,
                DevicesScreen::new);
    }
}
