package io.evolp.ui.shell;

import io.evolp.ui.charts.ChartZoom;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * Text zoom and presentation mode for the whole application. The factor goes into the inline
 * {@code -fx-font-size} of the root of every window's scene — the main window, the user guide, the
 * glossary, About, alerts, menus and tooltips, including windows opened later ({@link Window#getWindows()}
 * is watched) — and Ctrl+Plus / Ctrl+Minus / Ctrl+0 work in each of those windows. Chart text follows:
 * a {@code ChartPane} by its own font, plain chart viewers through {@link ChartZoom}.
 *
 * <p>Presentation mode (F11) puts the main window full screen with at least
 * {@link TextZoom#PRESENTATION}; leaving it (F11 again, or Esc, which ends full screen) restores the
 * factor from before. Only the factor outside presentation mode is remembered in the preferences.
 */
public final class ZoomControl {

    private static final KeyCombination.Modifier SHIFT_ANY = KeyCombination.SHIFT_ANY;
    /** Ctrl+Plus as the View menu shows it; the other spellings (Ctrl+=, the numeric keypad) work too. */
    static final KeyCombination ZOOM_IN = new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN, SHIFT_ANY);
    static final KeyCombination ZOOM_OUT = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN, SHIFT_ANY);
    static final KeyCombination ZOOM_RESET = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PRESENT = new KeyCodeCombination(KeyCode.F11);
    private static final List<KeyCode> IN_KEYS = List.of(KeyCode.PLUS, KeyCode.EQUALS, KeyCode.ADD);
    private static final List<KeyCode> OUT_KEYS = List.of(KeyCode.MINUS, KeyCode.SUBTRACT);
    private static final List<KeyCode> RESET_KEYS = List.of(KeyCode.DIGIT0, KeyCode.NUMPAD0);

    private final DoubleProperty factor = new SimpleDoubleProperty();
    private final BooleanProperty presenting = new SimpleBooleanProperty();
    private final DoubleConsumer remember;
    private double normal;
    private Stage main;
    /** Held here: {@link Window#getWindows()} lives for the whole run, this control only as long as its window. */
    private final ListChangeListener<Window> opened = c -> {
        while (c.next()) c.getAddedSubList().forEach(this::watch);
    };

    /** @param remember told the factor outside presentation mode whenever it changes (the preferences) */
    public ZoomControl(double initial, DoubleConsumer remember) {
        this.normal = TextZoom.clamp(initial);
        this.remember = remember;
        factor.set(normal);
        factor.addListener((o, a, b) -> Window.getWindows().forEach(this::apply));
    }

    /** Starts applying the zoom to every window, now and later; {@code main} is the one presentation mode fills. */
    public void install(Stage main) {
        this.main = main;
        Window.getWindows().forEach(this::watch);
        Window.getWindows().addListener(new WeakListChangeListener<>(opened));
        main.fullScreenProperty().addListener((o, was, full) -> {
            if (!full && presenting.get()) leavePresentation(); // Esc ended full screen
        });
        watch(main);
        // Screens build and replace their charts whenever they like, and controls get their skins (so
        // their children) only during a pulse: catch up after each layout pass while zoomed. A walk
        // over the scene is cheap, and it changes nothing once every chart is at the factor.
        main.getScene().addPostLayoutPulseListener(() -> {
            if (factor.get() != 1.0) refreshCharts();
        });
    }

    public ReadOnlyDoubleProperty factorProperty() { return factor; }
    public double factor() { return factor.get(); }
    public ReadOnlyBooleanProperty presentingProperty() { return presenting; }
    public boolean presenting() { return presenting.get(); }

    public void zoomIn() { set(TextZoom.larger(factor.get())); }
    public void zoomOut() { set(TextZoom.smaller(factor.get())); }
    public void reset() { set(presenting.get() ? TextZoom.PRESENTATION : 1.0); }

    private void set(double f) {
        factor.set(TextZoom.clamp(f));
        if (!presenting.get()) {
            normal = factor.get();
            remember.accept(normal);
        }
    }

    /** F11 and View ▸ Presentation mode. */
    public void togglePresentation() {
        if (presenting.get()) leavePresentation();
        else enterPresentation();
    }

    private void enterPresentation() {
        presenting.set(true);
        factor.set(Math.max(normal, TextZoom.PRESENTATION));
        if (main != null) {
            main.setFullScreenExitHint("Presentation mode — F11 or Esc to leave, Ctrl+Plus / Ctrl+Minus for text size");
            main.setFullScreen(true);
            main.getScene().getRoot().getStyleClass().add("presentation");
        }
    }

    private void leavePresentation() {
        presenting.set(false);
        factor.set(normal);
        if (main != null) {
            main.getScene().getRoot().getStyleClass().remove("presentation");
            if (main.isFullScreen()) main.setFullScreen(false);
        }
    }

    /** Scales the charts of the main window again (a screen was shown: its charts joined the scene). */
    public void refreshCharts() {
        if (main != null && main.getScene() != null) ChartZoom.scaleAll(main.getScene().getRoot(), factor.get());
    }

    private void watch(Window w) {
        apply(w);
        w.sceneProperty().addListener((o, a, s) -> apply(w));
    }

    private void apply(Window w) {
        Scene s = w.getScene();
        if (s == null) return;
        if (s.getRoot() != null) {
            s.getRoot().setStyle(TextZoom.style(s.getRoot().getStyle(), factor.get()));
            ChartZoom.scaleAll(s.getRoot(), factor.get());
        }
        if (w instanceof Stage && s.getProperties().put(this, Boolean.TRUE) == null) { // keys once per scene
            s.rootProperty().addListener((o, a, r) -> apply(w));
            keys(s, w == main);
        }
    }

    private void keys(Scene s, boolean isMain) {
        var acc = s.getAccelerators();
        for (KeyCode k : IN_KEYS) acc.put(new KeyCodeCombination(k, KeyCombination.SHORTCUT_DOWN, SHIFT_ANY), this::zoomIn);
        for (KeyCode k : OUT_KEYS) acc.put(new KeyCodeCombination(k, KeyCombination.SHORTCUT_DOWN, SHIFT_ANY), this::zoomOut);
        for (KeyCode k : RESET_KEYS) acc.put(new KeyCodeCombination(k, KeyCombination.SHORTCUT_DOWN), this::reset);
        if (isMain) acc.put(PRESENT, this::togglePresentation);
    }
}
