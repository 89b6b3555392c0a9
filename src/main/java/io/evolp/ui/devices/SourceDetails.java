package io.evolp.ui.devices;

import io.evolp.measure.sim.DeviceProfile;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The detail pane of one measurement source: name, a simulated/recorded badge, and its facts. */
final class SourceDetails {

    private SourceDetails() {
    }

    static Node simulated(String spec, DeviceProfile p) {
        VBox box = header(p.description().replace(" (simulated)", ""), spec, true);
        Label what = new Label("An analytic roofline model of the device with seeded noise: every number it gives is "
                + "simulated, never a measurement of hardware. Layer latency = max(compute, memory) + overhead.");
        what.setWrapText(true);
        box.getChildren().addAll(what, facts(ProfileFacts.of(p)));
        return box;
    }

    static Node replay(String spec, ReplayInfo info) {
        VBox box = header("Replay of " + info.file().getFileName(), spec, info.simulated());
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Recorded models", String.valueOf(info.models()));
        m.put("Families", String.join(", ", info.families()));
        m.put("Latency range", String.format(Locale.ROOT, "%.2f – %.2f ms", info.minMs(), info.maxMs()));
        m.put("File", info.file().toString());
        m.put("Recorded on", info.simulated() ? "a simulated device (the file name says so)" : "real hardware (as the file states)");
        Label what = new Label("Answers whole-model measurements from the recordings: the same widths get the recorded "
                + "latency; other models are refused, or answered from the nearest recording and flagged.");
        what.setWrapText(true);
        box.getChildren().addAll(what, facts(m));
        return box;
    }

    static Node message(String spec, String text, boolean error) {
        VBox box = header(spec, spec, false);
        box.getChildren().remove(1); // no badge before we know what the file holds
        Label l = new Label(text);
        l.setWrapText(true);
        l.setId("source-problem");
        if (error) l.getStyleClass().add("error-text");
        box.getChildren().add(l);
        return box;
    }

    private static VBox header(String title, String spec, boolean simulated) {
        return header(title, spec, simulated ? "SIMULATED" : "RECORDED", simulated ? "simulated-badge" : "measured-badge");
    }

    /** Title, a badge (text and style class) and the spec in small print. */
    static VBox header(String title, String spec, String badgeText, String badgeStyle) {
        Label name = new Label(title);
        name.getStyleClass().add("section-title");
        name.setId("source-title");
        Label badge = new Label(badgeText);
        badge.getStyleClass().add(badgeStyle);
        badge.setId("source-badge");
        Label id = new Label(spec);
        id.getStyleClass().add("muted");
        VBox box = new VBox(6, new HBox(8, name, badge), id);
        box.setId("source-details");
        return box;
    }

    static GridPane facts(Map<String, String> facts) {
        GridPane g = new GridPane();
        g.getStyleClass().add("facts-grid");
        int row = 0;
        for (var e : facts.entrySet()) {
            Label k = new Label(e.getKey());
            k.getStyleClass().add("facts-key");
            k.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the value wraps; the name stays whole
            Label v = new Label(e.getValue());
            v.setWrapText(true);
            g.addRow(row++, k, v);
        }
        return g;
    }
}
