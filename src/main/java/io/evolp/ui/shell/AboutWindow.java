package io.evolp.ui.shell;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Help ▸ About: application, Java and JavaFX versions, the versions of the libraries actually on
 * the class path (read from their Maven metadata, so they cannot drift from the build) and the licence.
 */
final class AboutWindow {

    private static final String[][] LIBRARIES = {
            {"org.controlsfx", "controlsfx", "ControlsFX"},
            {"org.jfree", "jfreechart", "JFreeChart"},
            {"org.jfree", "org.jfree.chart.fx", "JFreeChart-FX"},
            {"tech.tablesaw", "tablesaw-core", "Tablesaw"},
            {"org.apache.commons", "commons-math3", "Commons Math"},
            {"org.apache.xmlgraphics", "batik-svggen", "Batik SVG generator"}};

    private AboutWindow() {
    }

    static String appVersion() {
        String v = AboutWindow.class.getPackage().getImplementationVersion();
        if (v == null) v = mavenVersion("io.evolp", "evolp-workbench"); // present in the packaged jar
        return v == null ? "development build" : v;
    }

    static List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("EvoLP Workbench " + appVersion());
        out.add("Latency-targeted model compression with a self-evolving latency predictor (EvoLP, IEEE ESL 2023).");
        out.add("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        out.add("JavaFX " + System.getProperty("javafx.runtime.version", "unknown"));
        for (String[] lib : LIBRARIES) {
            String v = mavenVersion(lib[0], lib[1]);
            if (v != null) out.add(lib[2] + " " + v);
        }
        out.add("Jackson " + io.evolp.io.Json.libraryVersion()); // compiled in: known without a pom.properties
        out.add("picocli " + picocli.CommandLine.VERSION);
        out.add("Licence: Apache-2.0. Sample data and simulated devices are simulated, not measurements of hardware.");
        return out;
    }

    static String mavenVersion(String group, String artifact) {
        String res = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = AboutWindow.class.getResourceAsStream(res)) {
            if (in == null) return null;
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            return null;
        }
    }

    static Stage show(Window owner, List<String> stylesheets) {
        VBox box = new VBox(6);
        box.setPadding(new Insets(20));
        List<String> lines = lines();
        for (int i = 0; i < lines.size(); i++) {
            Label l = new Label(lines.get(i));
            l.setWrapText(true);
            if (i == 0) l.getStyleClass().add("screen-title");
            box.getChildren().add(l);
        }
        Scene scene = new Scene(box, 560, 420);
        scene.getStylesheets().setAll(stylesheets);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("About EvoLP Workbench");
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
