package io.evolp.ui.devices;

import io.evolp.measure.local.LocalSettings;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The measurement settings of a real device (local or agent — an agent measures with the same
 * settings in its own worker): ONNX Runtime threads and optimisation level, warm-up, timed runs per
 * round, rounds, and copies of a layer in its measurement module. Every change is handed to
 * {@code onChange} at once (the screen stores it with the project).
 */
final class SettingsEditor extends VBox {

    private final Spinner<Integer> threads = spinner("set-threads", 1, 256);
    private final ComboBox<LocalSettings.OptLevel> opt = new ComboBox<>();
    private final Spinner<Integer> warmup = spinner("set-warmup", 0, 10_000);
    private final Spinner<Integer> repeats = spinner("set-repeats", 1, 100_000);
    private final Spinner<Integer> rounds = spinner("set-rounds", 1, 1000);
    private final Spinner<Integer> copies = spinner("set-copies", 1, 1000);
    private LocalSettings current;

    SettingsEditor(LocalSettings initial, Consumer<LocalSettings> onChange) {
        super(6);
        current = initial;
        opt.getItems().setAll(LocalSettings.OptLevel.values());
        opt.setId("set-opt");
        threads.getValueFactory().setValue(initial.intraOpThreads());
        opt.setValue(initial.optLevel());
        warmup.getValueFactory().setValue(initial.warmup());
        repeats.getValueFactory().setValue(initial.repeats());
        rounds.getValueFactory().setValue(initial.rounds());
        copies.getValueFactory().setValue(initial.moduleRepeats());
        bind(threads, s -> s.withThreads(threads.getValue()), onChange);
        bind(warmup, s -> s.withWarmup(warmup.getValue()), onChange);
        bind(repeats, s -> s.withRepeats(repeats.getValue()), onChange);
        bind(rounds, s -> s.withRounds(rounds.getValue()), onChange);
        bind(copies, s -> s.withModuleRepeats(copies.getValue()), onChange);
        opt.valueProperty().addListener((o, a, b) -> {
            if (b != null) changed(current.withOptLevel(b), onChange);
        });

        GridPane g = new GridPane();
        g.getStyleClass().add("facts-grid");
        g.setHgap(10);
        g.setVgap(4);
        row(g, 0, "Intra-op threads", threads, "1 is steadiest on a shared machine");
        row(g, 1, "Optimisation level", opt, "ALL fuses Conv+BN+ReLU, as a deployment would");
        row(g, 2, "Warm-up runs", warmup, "untimed, per session");
        row(g, 3, "Timed runs per round", repeats, "");
        row(g, 4, "Rounds", rounds, "each in a fresh session, shuffled; median over all runs");
        row(g, 5, "Layer module copies", copies, "per-layer time = module time / copies");
        Label title = new Label("Measurement settings");
        title.getStyleClass().add("section-title");
        getChildren().addAll(title, g);
    }

    private void bind(Spinner<Integer> s, UnaryOperator<LocalSettings> with, Consumer<LocalSettings> onChange) {
        s.valueProperty().addListener((o, a, b) -> {
            if (b != null) changed(with.apply(current), onChange);
        });
    }

    private void changed(LocalSettings s, Consumer<LocalSettings> onChange) {
        if (s.equals(current)) return;
        current = s;
        onChange.accept(s);
    }

    private static Spinner<Integer> spinner(String id, int min, int max) {
        Spinner<Integer> s = new Spinner<>(min, max, min);
        s.setEditable(true);
        s.setPrefWidth(100);
        s.setId(id);
        return s;
    }

    private static void row(GridPane g, int r, String name, javafx.scene.Node field, String hint) {
        Label k = new Label(name);
        k.getStyleClass().add("facts-key");
        Label h = new Label(hint);
        h.getStyleClass().add("muted");
        g.addRow(r, k, field, h);
    }
}
