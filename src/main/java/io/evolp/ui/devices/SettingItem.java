package io.evolp.ui.devices;

import io.evolp.measure.local.LocalSettings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One measurement setting as a {@link PropertySheet} row: reads its value from the device's current
 * {@link LocalSettings} and writes a changed one back through a wither, so the sheet never holds a
 * state of its own. Integer settings carry their allowed range (the same as {@link LocalSettings}
 * checks), which {@link IntRangeEditor} enforces while typing.
 */
final class SettingItem implements PropertySheet.Item {

    private final String id;
    private final String name;
    private final String description;
    private final Class<?> type;
    private final int min;
    private final int max;
    private final ObjectProperty<LocalSettings> settings;
    private final Function<LocalSettings, Object> get;
    private final BiFunction<LocalSettings, Object, LocalSettings> with;

    private SettingItem(String id, String name, String description, Class<?> type, int min, int max,
                        ObjectProperty<LocalSettings> settings, Function<LocalSettings, Object> get,
                        BiFunction<LocalSettings, Object, LocalSettings> with) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.type = type;
        this.min = min;
        this.max = max;
        this.settings = settings;
        this.get = get;
        this.with = with;
    }

    /** The six settings of a real device, in the order a reader sets them up. */
    static List<SettingItem> all(ObjectProperty<LocalSettings> s) {
        return List.of(
                integer("set-threads", "Intra-op threads", "ONNX Runtime threads per layer; 1 is steadiest on a shared machine",
                        1, 256, s, LocalSettings::intraOpThreads, LocalSettings::withThreads),
                new SettingItem("set-opt", "Optimisation level", "ALL fuses Conv+BN+ReLU, as a deployment would",
                        LocalSettings.OptLevel.class, 0, 0, s, LocalSettings::optLevel,
                        (v, o) -> v.withOptLevel((LocalSettings.OptLevel) o)),
                integer("set-warmup", "Warm-up runs", "untimed runs per session", 0, 10_000, s,
                        LocalSettings::warmup, LocalSettings::withWarmup),
                integer("set-repeats", "Timed runs per round", "timed runs in each session", 1, 100_000, s,
                        LocalSettings::repeats, LocalSettings::withRepeats),
                integer("set-rounds", "Rounds", "each in a fresh session, shuffled; median over all runs", 1, 1000, s,
                        LocalSettings::rounds, LocalSettings::withRounds),
                integer("set-copies", "Layer module copies", "per-layer time = module time / copies", 1, 1000, s,
                        LocalSettings::moduleRepeats, LocalSettings::withModuleRepeats));
    }

    private static SettingItem integer(String id, String name, String description, int min, int max,
                                       ObjectProperty<LocalSettings> s, Function<LocalSettings, Integer> get,
                                       BiFunction<LocalSettings, Integer, LocalSettings> with) {
        return new SettingItem(id, name, description, Integer.class, min, max, s, get::apply,
                (v, o) -> with.apply(v, (Integer) o));
    }

    String id() { return id; }

    int min() { return min; }

    int max() { return max; }

    @Override public Class<?> getType() { return type; }

    @Override public String getCategory() { return "Measurement settings"; }

    @Override public String getName() { return name; }

    @Override public String getDescription() { return description + (type == Integer.class ? " (" + min + "–" + max + ")" : ""); }

    @Override public Object getValue() { return get.apply(settings.get()); }

    /** Stores {@code value} into the settings; a value {@link LocalSettings} refuses is not stored. */
    @Override
    public void setValue(Object value) {
        if (value == null || value.equals(getValue())) return;
        settings.set(with.apply(settings.get(), value));
    }

    @Override public Optional<ObservableValue<?>> getObservableValue() { return Optional.empty(); }
}
