package io.evolp.ui.compression;

import io.evolp.ui.workspace.SessionEntry;
import io.evolp.ui.workspace.UiContext;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;

/**
 * The Compression screen's nodes: setup column on the left; budget, plan, session controls and
 * status on top; the three charts and the step log in a 2 × 2 grid. Buttons call the screen; the
 * screen tells the view what to show. FX thread only.
 */
final class CompressionView {

    private final CompressionScreen screen;
    private final UiContext ctx;
    private final Exports exports;
    private final Label plan = wrapping("planLabel");
    private final Label status = wrapping("statusLabel");
    private final Label correction = wrapping("correctionLabel");
    private final Label stepCaption = wrapping("stepCaption");
    private final Label deviceWarning = wrapping("deviceWarning");
    private final Label sampleError = FormParts.errorLabel("sampleError");
    private final Button run = button("Run", "runButton", "Measure, refit and search again until a measured latency is in the window");
    private final Button step = button("Step", "stepButton", "Take one measurement of the current candidate");
    private final Button pause = button("Pause", "pauseButton", "Stop after the measurement in progress");
    private final Button reset = button("Reset", "resetButton", "Start over with the current settings");
    private final Button addSample = button("Add measured sample…", "addSampleButton",
            "Type a latency you measured yourself for the current candidate");
    private final Slider pace = new Slider(0, 3, 0);
    private final Label paceLabel = new Label();
    private final BorderPane root;

    CompressionView(CompressionScreen screen, UiContext ctx, Exports exports) {
        this.screen = screen;
        this.ctx = ctx;
        this.exports = exports;
        run.setOnAction(e -> screen.run());
        step.setOnAction(e -> screen.step());
        pause.setOnAction(e -> screen.pause());
        reset.setOnAction(e -> screen.reset());
        addSample.setOnAction(e -> screen.addMeasuredSample());
        run.setStyle("-fx-font-weight: bold;");
        pace.setId("paceSlider");
        pace.setPrefWidth(120);
        pace.setMajorTickUnit(1);
        pace.setShowTickMarks(true);
        pace.valueProperty().addListener((o, a, v) -> pace(v.doubleValue()));
        pace(0);

        Label paceTitle = new Label("Classroom pace");
        paceTitle.setTooltip(new Tooltip("Wait between automatic measurements so a room can follow each step"));
        HBox controls = new HBox(8, run, step, pause, reset, new Separator(javafx.geometry.Orientation.VERTICAL),
                addSample, new Separator(javafx.geometry.Orientation.VERTICAL),
                paceTitle, pace, paceLabel, spacer(), sessionMenu(), exportMenu());
        controls.setAlignment(Pos.CENTER_LEFT);
        // Buttons keep their labels; the spacer and the pace slider give way first.
        controls.getChildren().forEach(n -> {
            if (n instanceof javafx.scene.control.Labeled l) l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        });
        correction.setStyle("-fx-text-fill: #1f4e79;");
        stepCaption.setStyle("-fx-font-weight: bold;");
        deviceWarning.setStyle("-fx-text-fill: #8a5300;");
        deviceWarning.managedProperty().bind(deviceWarning.textProperty().isNotEmpty());
        deviceWarning.visibleProperty().bind(deviceWarning.textProperty().isNotEmpty());
        VBox top = new VBox(6, screen.budget().view(), deviceWarning, plan, controls, sampleError, status, stepCaption,
                correction);
        top.setPadding(new Insets(10, 10, 6, 10));

        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        grid.setPadding(new Insets(0, 10, 10, 10));
        // Three charts side by side above the step log: the log needs the full width for its columns.
        grid.add(exports.viewer(screen.stepChart().chart(), "compression-steps"), 0, 0);
        grid.add(exports.viewer(screen.correctionChart().chart(), "compression-correction"), 1, 0);
        grid.add(exports.viewer(screen.widthsChart().chart(), "compression-widths"), 2, 0);
        grid.add(screen.log().view(), 0, 1, 3, 1);
        double[] widths = {36, 34, 30};
        for (double w : widths) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(w);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        for (double h : new double[]{64, 36}) {
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(h);
            r.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(r);
        }
        grid.getChildren().forEach(n -> {
            GridPane.setHgrow(n, Priority.ALWAYS);
            GridPane.setVgrow(n, Priority.ALWAYS);
        });
        ScrollPane left = new ScrollPane(screen.setup().view());
        left.setFitToWidth(true);
        left.setMinWidth(240);
        BorderPane center = new BorderPane(grid);
        center.setTop(top);
        SplitPane split = new SplitPane(left, center);
        split.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(left, false);
        root = new BorderPane(split);
        root.setId("compressionScreen");
        refreshButtons();
    }

    BorderPane root() { return root; }

    void plan(String text) { plan.setText(text); }

    void correction(String text) { correction.setText(text); }

    void sampleError(String text) { sampleError.setText(text); }

    void refreshStatus() {
        status.setText(screen.status());
        deviceWarning.setText(screen.deviceWarning());
    }

    /** The newest step's one-line caption ("" without a session). */
    void stepCaption(String text) { stepCaption.setText(text); }

    void refreshButtons() {
        boolean running = screen.runner().runningProperty().get();
        boolean ready = screen.prepared() != null;
        boolean finished = screen.sessionFinished() && !screen.viewingSaved();
        run.setDisable(!ready || running || finished);
        step.setDisable(!ready || running || finished);
        pause.setDisable(!running);
        addSample.setDisable(!ready);
        refreshStatus();
    }

    /** Moves the classroom pace slider (its listener sets the runner's delay and the label). */
    void setPace(double seconds) {
        pace.setValue(Math.max(pace.getMin(), Math.min(pace.getMax(), seconds)));
    }

    private void pace(double seconds) {
        screen.runner().setDelaySeconds(seconds);
        paceLabel.setText(String.format(Locale.ROOT, "wait %.1f s", seconds));
    }

    private MenuButton sessionMenu() {
        Menu open = new Menu("Open kept session");
        MenuButton b = new MenuButton("Session");
        b.setId("sessionMenu");
        MenuItem keep = Exports.item("Keep in project", this::keep);
        keep.setId("keepSession");
        MenuItem save = Exports.item("Save to file…", this::save);
        MenuItem openFile = Exports.item("Open session file…", () -> ctx.dialogs()
                .openFile("Open a compression session", List.of("*.json"))
                .ifPresent(p -> screen.archive().load(p).thenAccept(screen::show)));
        b.getItems().addAll(keep, save, new SeparatorMenuItem(), open, openFile);
        b.setOnShowing(e -> {
            boolean live = screen.runner().session() != null;
            keep.setDisable(!live);
            save.setDisable(!live);
            open.getItems().clear();
            for (SessionEntry entry : ctx.workspace().sessions()) {
                open.getItems().add(Exports.item(entry.name(), () -> screen.archive().load(entry).thenAccept(screen::show)));
            }
            open.setDisable(open.getItems().isEmpty());
        });
        return b;
    }

    private void keep() {
        var s = screen.runner().session();
        if (s != null) screen.archive().keep(s).thenAccept(e -> ctx.dialogs().info("Session kept",
                "'" + e.name() + "' is part of the project; save the project to keep it on disk."));
    }

    private void save() {
        var s = screen.runner().session();
        if (s == null) return;
        ctx.dialogs().saveFile("Save compression session", "compression-session.json", List.of("*.json"))
                .ifPresent(file -> screen.archive().save(s, file));
    }

    private MenuButton exportMenu() {
        MenuButton b = new MenuButton("Export");
        b.setId("exportMenu");
        String[][] charts = {{"Step chart (a)", "compression-steps"}, {"Correction chart (b)", "compression-correction"},
                {"Widths chart (c)", "compression-widths"}};
        org.jfree.chart.JFreeChart[] jf = {screen.stepChart().chart(), screen.correctionChart().chart(),
                screen.widthsChart().chart()};
        for (int i = 0; i < charts.length; i++) {
            int k = i;
            b.getItems().add(Exports.item(charts[i][0] + " as PNG…", () -> exports.chart(jf[k], charts[k][1], "png")));
            b.getItems().add(Exports.item(charts[i][0] + " as SVG…", () -> exports.chart(jf[k], charts[k][1], "svg")));
        }
        b.getItems().add(new SeparatorMenuItem());
        b.getItems().add(Exports.item("Step log as CSV…", () -> exports.table(screen.log().view(), "compression-steps")));
        return b;
    }

    private static Label wrapping(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static Button button(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private static javafx.scene.layout.Region spacer() {
        javafx.scene.layout.Region r = new javafx.scene.layout.Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
