package io.evolp.ui.shell;

import io.evolp.ui.common.Screen;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/** Left-hand list of screens: one toggle per screen, always exactly one selected. */
final class Navigation extends VBox {

    private final ToggleGroup group = new ToggleGroup();

    Navigation(List<Screen> screens, IntConsumer onSelect) {
        getStyleClass().add("nav-bar");
        setId("navigation");
        // Never narrower than its buttons: at a large text size the divider must not cut "Compression" to "…".
        setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (int i = 0; i < screens.size(); i++) {
            Screen s = screens.get(i);
            ToggleButton b = new ToggleButton(s.title());
            b.setId("nav-" + s.title().toLowerCase(Locale.ROOT));
            b.setUserData(i);
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setFocusTraversable(false); // Ctrl+1…4 navigate; a focus ring on a nav button only confuses
            b.setTooltip(new javafx.scene.control.Tooltip(describe(s.title()) + (i < 9 ? " (Ctrl+" + (i + 1) + ")" : "")));
            getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                group.selectToggle(old); // clicking the shown screen keeps it shown
            } else {
                onSelect.accept((Integer) now.getUserData());
            }
        });
    }

    /** One plain sentence on what a screen is for (tooltips of the navigation and the View menu). */
    static String describe(String title) {
        return switch (title) {
            case "Datasets" -> "Measured conv layers of a device: one row per layer configuration with its latency";
            case "Predictors" -> "Train latency predictors on a dataset and compare their accuracy per device";
            case "Compression" -> "Prune a model to a latency budget, measure it and correct the prediction as you go";
            case "Devices" -> "Where latencies come from: simulated boards, replay files, this machine, remote agents";
            default -> "The " + title + " screen";
        };
    }

    void select(int index) {
        group.selectToggle(group.getToggles().get(index));
    }
}
