package io.evolp.ui.compression;

import io.evolp.compress.SessionStep;
import io.evolp.ui.workspace.CompressionPreset;
import io.evolp.ui.workspace.UiContext;
import javafx.beans.binding.BooleanExpression;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;


/**
 * View role of the Compression screen: the Nodes. Setup column on the left; budget, plan, session
 * controls and status on top; the three charts and the step log below. Controls are bound to the
 * {@link CompressionModel}; the user's choices are written into it and buttons call the
 * {@link CompressionController}. No computation here. FX thread only.
 */
final class CompressionView {

    private final CompressionModel model;
    private final CompressionController controller;
    private final SetupForm setup;
    private final SetupValidation validation;
    private final BudgetControl budget = new BudgetControl();
    private final StepChart stepChart = new StepChart();
    private final CorrectionChart correctionChart = new CorrectionChart();
    private final WidthsChart widthsChart = new WidthsChart();
    private final StepLogTable log = new StepLogTable();
    private final Button run = button("Run", "runButton", "Measure, refit and search again until a measured latency is in the window");
    private final Button step = button("Step", "stepButton", "Take one measurement of the current candidate");
    private final Button pause = button("Pause", "pauseButton", "Stop after the measurement in progress");
    private final Button reset = button("Reset", "resetButton", "Start over with the current settings");
    private final Button addSample = button("Add measured sample…", "addSampleButton",
            "Type a latency you measured yourself for the current candidate (the dialog names it)");
    private final PaceControl pace;
    private SetupFold fold;
    private final BorderPane root;
    private boolean built;

    CompressionView(CompressionModel model, CompressionController controller, UiContext ctx, SessionArchive archive,
                    Exports exports) {
        this.model = model;
        this.controller = controller;
        this.setup = new SetupForm(ctx, this::setupEdited);
        this.validation = new SetupValidation(budget, setup.maxMeasurements());
        bindInputs();
        bindOutputs();
        run.setOnAction(e -> act(controller::run));
        step.setOnAction(e -> act(controller::step));
        pause.setOnAction(e -> controller.pause());
        reset.setOnAction(e -> controller.reset());
        addSample.setOnAction(e -> act(controller::addMeasuredSample));
        run.setStyle("-fx-font-weight: bold;");
        pace = new PaceControl(model.pace);

        SessionMenus menus = new SessionMenus(ctx, controller, archive);
        // A flow, not a row: at 1280x800 (and with presentation mode's larger font) the controls wrap
        // onto a second line instead of shrinking to nothing; every control keeps its preferred size.
        FlowPane controls = new FlowPane(8, 6, run, step, pause, reset, new Separator(Orientation.VERTICAL), addSample,
                new Separator(Orientation.VERTICAL), pace.view(), menus.sessionMenu(),
                SessionMenus.exportMenu(exports, stepChart.chart(), correctionChart.chart(), widthsChart.chart(), log));
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setId("sessionControls");
        controls.getChildren().forEach(n -> {
            if (n instanceof Region r) r.setMinWidth(Region.USE_PREF_SIZE);
        });
        Label correction = bound("correctionLabel", model.correctionText);
        correction.getStyleClass().add("compression-correction");
        correction.setTooltip(new Tooltip(CorrectionWords.TOOLTIP));
        Label status = bound("statusLabel", model.status);
        status.setStyle("-fx-font-weight: bold;");
        status.setTooltip(new Tooltip("What the EvoLP loop is doing now (Running, Stepping, Paused) or how it ended"));
        // The plain line of the newest step, large: what a class reads from the back of the room.
        Label caption = bound("stepCaption", model.stepCaption);
        caption.getStyleClass().add("compression-caption");
        caption.setStyle("-fx-font-size: 1.45em; -fx-font-weight: bold;");
        caption.setTooltip(new Tooltip("The newest measurement in one line: predicted, measured, the difference,"
                + " and the correction after refitting"));
        caption.managedProperty().bind(caption.textProperty().isNotEmpty());
        Label deviceWarning = bound("deviceWarning", model.deviceWarning);
        deviceWarning.getStyleClass().add("compression-warning");
        deviceWarning.managedProperty().bind(deviceWarning.textProperty().isNotEmpty());
        deviceWarning.visibleProperty().bind(deviceWarning.textProperty().isNotEmpty());
        Label sampleError = FormParts.errorLabel("sampleError");
        sampleError.textProperty().bind(model.sampleError);
        VBox top = new VBox(6, budget.view(), deviceWarning, bound("planLabel", model.planText), controls,
                validation.messageLabel(), sampleError, status, caption, correction);
        top.setPadding(new Insets(10, 10, 6, 10));

        ScrollPane left = new ScrollPane(setup.view());
        left.setFitToWidth(true);
        left.setMinWidth(240);
        BorderPane center = new BorderPane(grid(exports));
        // The text above the charts scrolls within at most 40 % of the height: with presentation
        // mode's large text at 1280x800 it otherwise pushed the charts down to a strip.
        ScrollPane topScroll = new ScrollPane(top);
        topScroll.setFitToWidth(true);
        topScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        topScroll.getStyleClass().add("edge-to-edge");
        topScroll.maxHeightProperty().bind(center.heightProperty().multiply(0.4));
        topScroll.prefViewportHeightProperty().bind(top.heightProperty());
        center.setTop(topScroll);
        SplitPane split = new SplitPane(left, center);
        split.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(left, false);
        fold = new SetupFold(split, left, status);
        fold.button().setMinWidth(Region.USE_PREF_SIZE);
        controls.getChildren().add(fold.button());
        root = new BorderPane(split);
        root.setId("compressionScreen");
        ScreenTips.install(root);
        built = true;
        syncSetup();
        syncSource();
    }

    BorderPane root() { return root; }
    SetupFold fold() { return fold; }
    SetupForm setup() { return setup; }
    BudgetControl budget() { return budget; }
    SetupValidation validation() { return validation; }
    StepChart stepChart() { return stepChart; }
    CorrectionChart correctionChart() { return correctionChart; }
    WidthsChart widthsChart() { return widthsChart; }
    StepLogTable log() { return log; }

    /** Writes the setup form's plan-relevant choice into the model. */
    void syncSetup() {
        model.choice.set(setup.choice());
    }

    /** Writes the measurement source into the model; read when a session starts (device settings may change). */
    void syncSource() {
        model.sourceSpec.set(setup.source().box().getValue());
        if (setup.source().box().getValue() != null) model.source.set(setup.source().choice());
    }

    /** Selects what a preset names in the setup form (each selection re-prepares, as a user's would). */
    void select(CompressionPreset p) {
        if (p.model() != null) setup.model().box().getSelectionModel().select(p.model());
        if (p.source() != null && setup.source().box().getItems().contains(p.source())) {
            setup.source().box().getSelectionModel().select(p.source());
        }
        if (p.predictor() != null) {
            setup.predictor().getItems().stream().filter(e -> e.name().equals(p.predictor())).findFirst()
                    .ifPresent(e -> setup.predictor().getSelectionModel().select(e));
        }
        if (p.demoImportance()) setup.importance().box().getSelectionModel().select(ImportanceField.DEMO);
        syncSetup();
    }

    private void setupEdited() {
        if (!built) return; // fired while the setup form builds itself; the screen prepares once built
        syncSetup();
        controller.setupChanged();
    }

    private void act(Runnable action) {
        syncSource();
        action.run();
    }

    private void bindInputs() {
        setup.source().box().valueProperty().addListener((o, a, v) -> model.sourceSpec.set(v));
        model.maxMeasurements.set(setup.maxMeasurements().getValue());
        setup.maxMeasurements().valueProperty().addListener((o, a, v) -> {
            if (v != null) model.maxMeasurements.set(v);
        });
        model.budget.bindBidirectional(budget.budgetProperty());
    }

    private void bindOutputs() {
        model.importanceError.addListener((o, a, v) -> setup.importance().showError(v));
        model.full.addListener((o, a, v) -> {
            if (v == null) budget.setDisabled(true);
            else budget.setFull(v, false);
        });
        model.curve.addListener((o, a, c) -> {
            if (c == null) correctionChart.clear();
            else correctionChart.show(c);
        });
        model.widths.addListener((o, a, w) -> {
            if (w != null) widthsChart.show(w.layers(), w.full(), w.pruned(), w.caption());
        });
        model.sessionSettings.addListener((o, a, s) -> {
            if (s == null) stepChart.clear();
            else stepChart.setSession(s);
        });
        model.steps.addListener((ListChangeListener<SessionStep>) this::stepsChanged);
        BooleanExpression busy = model.prepared.isNull().or(model.running).or(model.finished);
        run.disableProperty().bind(busy.or(validation.invalid()));
        step.disableProperty().bind(busy.or(validation.invalid()));
        pause.disableProperty().bind(model.running.not());
        addSample.disableProperty().bind(model.prepared.isNull());
    }

    /** One step appended: draw it; anything else (clear, a saved session): redraw the whole list. */
    private void stepsChanged(ListChangeListener.Change<? extends SessionStep> c) {
        var steps = model.steps;
        boolean appended = c.next() && c.wasAdded() && !c.wasRemoved() && c.getAddedSize() == 1
                && c.getFrom() == steps.size() - 1 && !c.next();
        if (appended) {
            stepChart.add(steps.get(steps.size() - 1));
            log.add(steps.get(steps.size() - 1));
        } else {
            log.show(steps);
            if (steps.isEmpty() || model.sessionSettings.get() == null) stepChart.clear();
            else stepChart.show(model.sessionSettings.get(), steps);
        }
    }

    private GridPane grid(Exports exports) {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        grid.setPadding(new Insets(0, 10, 10, 10));
        // Three charts side by side above the step log: the log needs the full width for its columns.
        String[] names = {"compression-steps", "compression-correction", "compression-widths"};
        org.jfree.chart.JFreeChart[] charts = {stepChart.chart(), correctionChart.chart(), widthsChart.chart()};
        for (int i = 0; i < 3; i++) {
            var v = exports.viewer(charts[i], names[i]);
            v.setId(names[i]);
            grid.add(v, i, 0);
        }
        grid.add(log.view(), 0, 1, 3, 1);
        for (double w : new double[]{36, 34, 30}) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(w);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        for (double h : new double[]{68, 32}) {
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(h);
            r.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(r);
        }
        grid.getChildren().forEach(n -> {
            GridPane.setHgrow(n, Priority.ALWAYS);
            GridPane.setVgrow(n, Priority.ALWAYS);
        });
        return grid;
    }

    private static Label bound(String id, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.textProperty().bind(text);
        return l;
    }

    private static Button button(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        return b;
    }
}
