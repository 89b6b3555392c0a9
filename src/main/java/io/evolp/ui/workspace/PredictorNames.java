package io.evolp.ui.workspace;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One naming scheme for predictor results everywhere in the workbench: {@code kind · dataset · time}
 * (e.g. {@code lut · vgg16-simulated-tx2 · 15:04}). The dataset, not only the device, so two
 * architectures on one device stay apart; the time, so reruns with other settings can be told apart.
 */
public final class PredictorNames {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private PredictorNames() {
    }

    /** @param kind the kind as shown (e.g. {@code auto → forest}) */
    public static String of(String kind, String datasetName, LocalTime time) {
        return kind + " · " + datasetName + " · " + TIME.format(time);
    }
}
