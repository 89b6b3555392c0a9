package io.evolp.ui.compression;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tooltips for the Compression screen's controls, by node id, in one place — so a new user (or a
 * class) can hover any control and read what it does. {@link #missing} finds controls without one
 * (the tests require none).
 */
final class ScreenTips {

    static final Map<String, String> BY_ID = Map.ofEntries(
            Map.entry("modelChoice", "The network to prune: a built-in architecture or an imported ONNX model"),
            Map.entry("sourceChoice", "Where candidates are measured: a simulated device, this computer, a device"
                    + " agent or a replay of recorded measurements"),
            Map.entry("predictorChoice", "The trained layer-latency predictor the EvoLP loop starts from"),
            Map.entry("correctionChoice", "How the whole-model correction is fitted to the measured points"
                    + " (measured ≈ slope × layer sum + offset)"),
            Map.entry("maxMeasurements", "Most measurements the loop may take before it stops"),
            Map.entry("importanceChoice", "Which channels are pruned first: the least important by this measure"),
            Map.entry("importanceSeed", "Seed of the demo importance: the same seed gives the same channel order"),
            Map.entry("budgetSlider", "The latency budget: the pruned model must run in at most this many ms"),
            Map.entry("budgetSpinner", "The latency budget in ms; type a number or use the arrows"),
            Map.entry("sessionMenu", "Keep the session in the project, open a kept one, or save/load session files"),
            Map.entry("exportMenu", "Export the charts (PNG/SVG) and the step log (CSV)"),
            Map.entry("stepLog", "One row per measurement; hover a column header for what it shows"),
            Map.entry("compression-steps", "(a) Per step: the prediction with its 90 % band, the measurement, and the"
                    + " budget window. Right-click to export."),
            Map.entry("compression-correction", "(b) The correction fitted to the measured points; the dashed line is"
                    + " 'no correction'. Right-click to export."),
            Map.entry("compression-widths", "(c) Channels per layer: original and pruned. Hover a bar for its layer;"
                    + " right-click to export."));

    private ScreenTips() {
    }

    /** Sets the tooltip of every control under {@code root} whose id is known and that has none yet. */
    static void install(Node root) {
        for (Control c : controls(root)) {
            String tip = c.getId() == null ? null : BY_ID.get(c.getId());
            if (tip != null && c.getTooltip() == null) c.setTooltip(new Tooltip(tip));
        }
    }

    /** Controls under {@code root} a user acts on or reads data from that carry no tooltip (plain labels and separators excluded). */
    static List<Control> missing(Node root) {
        List<Control> out = new ArrayList<>();
        for (Control c : controls(root)) {
            if (!(c instanceof Label) && !(c instanceof javafx.scene.control.Separator) && c.getTooltip() == null) out.add(c);
        }
        return out;
    }

    /** The screen's own controls: containers are walked, a control's skin parts are not. */
    static List<Control> controls(Node root) {
        List<Control> out = new ArrayList<>();
        walk(root, out);
        return out;
    }

    private static void walk(Node n, List<Control> out) {
        if (n instanceof ScrollPane s) {
            if (s.getContent() != null) walk(s.getContent(), out);
        } else if (n instanceof SplitPane s) {
            s.getItems().forEach(i -> walk(i, out));
        } else if (n instanceof Control c) {
            out.add(c);
        } else if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> walk(c, out));
        }
    }
}
