package io.evolp.ui.welcome;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * View of the welcome screen, the empty-state page shown while the workspace is empty (first start,
 * File ▸ New): the classroom demo first, then the sample project, importing a dataset, starting from
 * a built-in architecture and the recent projects. Bound to the {@link WelcomeModel}; every button
 * calls the {@link WelcomeController}. No computation.
 */
public final class WelcomeView {

    private final Button classroom = primary("▶  Classroom demo", "welcome-classroom");
    private final Button sample = button("Open the sample project", "welcome-sample");
    private final Button importData = button("Import a dataset…", "welcome-import");
    private final ComboBox<Starter> starter = new ComboBox<>();
    private final Button start = button("Train and compress", "welcome-start");
    private final VBox recent = new VBox(4);
    private final Label missing = new Label();
    private final ScrollPane root;

    public WelcomeView(WelcomeModel model, WelcomeController actions) {
        classroom.setOnAction(e -> actions.classroomDemo());
        sample.setOnAction(e -> actions.openSampleProject());
        importData.setOnAction(e -> actions.importDataset());
        starter.setId("welcome-architecture");
        starter.getItems().setAll(Starter.ALL);
        starter.valueProperty().bindBidirectional(model.starterProperty());
        start.setOnAction(e -> actions.startFromChosen());
        recent.setId("welcome-recent");
        missing.getStyleClass().add("error-text");
        missing.setWrapText(true);
        Button open = button("Open project…", "welcome-open");
        open.setOnAction(e -> actions.openProject());

        Label title = new Label("Welcome to EvoLP Workbench");
        title.getStyleClass().add("welcome-title");
        Label intro = text("Predict how long a neural network takes on an edge device from measurements of its "
                + "conv layers, then prune it to a latency budget while the predictor corrects itself from "
                + "whole-model measurements (EvoLP, IEEE ESL 2023).");
        HBox header = new HBox(16, icon(), new VBox(4, title, intro));
        header.setAlignment(Pos.CENTER_LEFT);

        VBox demo = card("Classroom demo", text("Opens the sample project and compresses VGG16 on a simulated Jetson TX2 "
                + "to 40 % of its predicted latency, one measurement every 1.5 s: watch the predictor evolve "
                + "toward the budget step by step. Pause, Step and the Classroom pace slider stay in your hands."),
                classroom);
        VBox sampleCard = card("Explore the sample project", text("Simulated layer data of VGG16 (Jetson TX2) and "
                + "MobileNetV1 (Jetson Nano) with trained predictors — every screen has something to show."), sample);
        VBox importCard = card("Bring your own measurements", text("A layer dataset CSV, one device per file "
                + "(the README describes the columns). Bad rows are listed with line and column; the rest is kept."),
                importData);
        start.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the label stays whole; the list gives way
        starter.setMinWidth(120);
        starter.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(starter, Priority.SOMETIMES);
        HBox startRow = new HBox(8, starter, start);
        startRow.setAlignment(Pos.CENTER_LEFT);
        VBox startCard = card("Start from a built-in architecture", text("Loads the architecture's simulated sample "
                + "dataset, trains an evolp predictor in the background and opens Compression."), startRow);
        VBox recentCard = card("Recent projects", recent, open);

        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(14);
        grid.add(sampleCard, 0, 0);
        grid.add(importCard, 1, 0);
        grid.add(startCard, 0, 1);
        grid.add(recentCard, 1, 1);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        grid.getChildren().forEach(n -> ((VBox) n).setMaxHeight(Double.MAX_VALUE));

        Label footer = text("This page appears while the project is empty — at start and after File ▸ New; "
                + "Help ▸ Welcome shows it again. The sample project and the demo are simulated, not measured; "
                + "real CPU measurements are in sample-data/measured/.");
        footer.getStyleClass().add("muted");
        VBox page = new VBox(18, header, missing, demo, grid, footer);
        page.setMaxWidth(980);
        page.setPadding(new Insets(28, 32, 28, 32));
        VBox centred = new VBox(page);
        centred.setAlignment(Pos.TOP_CENTER);
        root = new ScrollPane(centred);
        root.setFitToWidth(true);
        root.setId("welcome");
        root.getStyleClass().add("welcome");
        centred.getStyleClass().add("welcome");
        for (Button b : List.of(classroom, sample, start)) b.disableProperty().bind(model.samplesMissing());
        model.samplesMissing().addListener((o, was, now) -> showSamples(now));
        showSamples(model.samplesMissing().get());
        model.recentProjects().addListener((javafx.collections.ListChangeListener<Path>) c ->
                showRecent(List.copyOf(model.recentProjects()), actions));
        showRecent(List.copyOf(model.recentProjects()), actions);
    }

    public Node root() { return root; }

    private void showSamples(boolean noSamples) {
        missing.setText(noSamples ? "The sample-data folder was not found next to the application, so the sample "
                + "project, the classroom demo and the built-in starts are unavailable (-Devolp.samples.dir=DIR names it)." : "");
        missing.setManaged(noSamples);
    }

    private void showRecent(List<Path> paths, WelcomeController actions) {
        recent.getChildren().clear();
        for (Path p : paths) {
            boolean exists = Files.isRegularFile(p);
            Hyperlink link = new Hyperlink(p.getFileName() + (exists ? "" : "  (missing)"));
            link.setDisable(!exists);
            link.setOnAction(e -> actions.openRecent(p));
            Label where = new Label(String.valueOf(p.getParent()));
            where.getStyleClass().add("muted");
            HBox row = new HBox(6, link, where);
            row.setAlignment(Pos.CENTER_LEFT);
            recent.getChildren().add(row);
        }
        if (paths.isEmpty()) recent.getChildren().add(muted("No recent projects yet."));
    }

    private static VBox card(String title, Node... content) {
        Label t = new Label(title);
        t.getStyleClass().add("welcome-card-title");
        VBox card = new VBox(8, t);
        card.getChildren().addAll(content);
        card.getStyleClass().add("welcome-card");
        return card;
    }

    private static Node icon() {
        try (InputStream in = WelcomeView.class.getResourceAsStream("/io/evolp/ui/icons/evolp-64.png")) {
            return in == null ? new Label() : new ImageView(new Image(in));
        } catch (java.io.IOException e) {
            return new Label(); // the page works without its picture
        }
    }

    private static Label text(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static Label muted(String s) {
        Label l = text(s);
        l.getStyleClass().add("muted");
        return l;
    }

    private static Button button(String text, String id) {
        Button b = new Button(text);
        b.setId(id);
        return b;
    }

    private static Button primary(String text, String id) {
        Button b = button(text, id);
        b.getStyleClass().add("welcome-primary");
        b.setDefaultButton(false);
        return b;
    }
}
