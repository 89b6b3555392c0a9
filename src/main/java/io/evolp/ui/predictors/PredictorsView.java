package io.evolp.ui.predictors;

import io.evolp.ui.common.TableCsvExport;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.ui.workspace.UiContext;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * View role of the Predictors screen: the training column on the left; on the right the accuracy
 * per predictor and the accuracy matrix (tabs) above the comparison charts. Table selection and the
 * model's selection mirror each other; the charts follow the model's selection. Buttons forward to
 * the {@link PredictorsController}; nothing here computes.
 */
final class PredictorsView {

    private final PredictorsModel model;
    private final AccuracyTable table;
    private final ComparisonCharts charts;
    private final TrainPanel train;
    private final MatrixPane matrix;
    private final CurvePane curves;
    private final PredictorsController controller;
    private final BorderPane root = new BorderPane();
    private final ScrollPane leftColumn;
    private boolean mirroring;

    /** @param evolutionCheck opens the evolution check for a predictor (given by the app: screens do not know each other); null hides it */
    PredictorsView(UiContext ctx, PredictorsModel model, PredictorsController controller, CurvePane curves,
                   BiConsumer<UiContext, PredictorEntry> evolutionCheck) {
        this.curves = curves;
        this.model = model;
        this.table = new AccuracyTable(ctx.workspace().predictors());
        this.charts = new ComparisonCharts(ctx);
        this.train = new TrainPanel(ctx.workspace().datasets(), model, controller);
        // Scrolls when the column outgrows the window (auto's CV table adds a few lines).
        this.leftColumn = new ScrollPane(train.view());
        this.matrix = new MatrixPane(model, cell -> {
            controller.openCell(cell);
            charts.showScatter();
        }, this::exportMatrix);
        this.controller = controller;
        var tableSelection = table.view().getSelectionModel().getSelectedItems();
        tableSelection.addListener((ListChangeListener<PredictorEntry>) c -> mirror(() -> model.selected.setAll(List.copyOf(tableSelection))));
        model.selected.addListener((ListChangeListener<PredictorEntry>) c -> {
            mirror(this::selectInTable);
            charts.update(List.copyOf(model.selected));
        });
        // Predictors added elsewhere (a project opened, a file dropped) are shown when nothing is selected.
        ctx.workspace().predictors().addListener((ListChangeListener<PredictorEntry>) c -> {
            while (c.next()) {
                if (c.wasAdded() && model.selected.isEmpty()) model.selected.setAll(List.copyOf(c.getAddedSubList()));
            }
        });
        Button csv = new Button("Export CSV…");
        csv.setId("export-table-csv");
        csv.setOnAction(e -> controller.exportTable(TableCsvExport.snapshot(table.view())));
        Button remove = new Button("Remove");
        remove.setId("remove-predictors");
        remove.setTooltip(new Tooltip("Remove the selected predictors from the workspace (Delete)"));
        remove.setOnAction(e -> controller.removeSelected());
        remove.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.selected));
        table.view().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) controller.removeSelected();
        });
        Label title = new Label("Accuracy on held-out rows — select rows (Ctrl/Shift-click) to compare them in the charts");
        title.setStyle("-fx-font-weight: bold;");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, title, gap, remove, csv);
        if (evolutionCheck != null) {
            Button evolution = new Button("Evolution check…");
            evolution.setId("open-evolution-check");
            evolution.setTooltip(new Tooltip("Does evolving the predictor from measured whole models help on this device? "
                    + "Error against the number of measured models, per correction"));
            evolution.setOnAction(e -> evolutionCheck.accept(ctx, table.view().getSelectionModel().getSelectedItem()));
            bar.getChildren().add(2, evolution);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox tableBox = new VBox(4, bar, table.view());
        VBox.setVgrow(table.view(), Priority.ALWAYS);
        tableBox.setPadding(new Insets(6));
        Tab perPredictor = new Tab("Per predictor", tableBox);
        Tab matrixTab = new Tab("Matrix: kind × device", matrix.view());
        matrixTab.setId("matrix-tab");
        Tab curveTab = new Tab("Learning curve", curves.view());
        curveTab.setId("curve-tab");
        curveTab.setTooltip(new Tooltip("How many measured layers does each predictor need? Accuracy against training rows, with transfer"));
        TabPane tabs = new TabPane(perPredictor, matrixTab, curveTab);
        tabs.setId("accuracy-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane center = new SplitPane(tabs, charts.view());
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.42);
        // The learning curve has its own inputs, chart and table: the training column and the comparison
        // charts give it the whole screen meanwhile.
        double[] divider = {0.42};
        curveTab.selectedProperty().addListener((o, was, on) -> {
            if (on) {
                divider[0] = center.getDividerPositions()[0];
                center.getItems().remove(charts.view());
                root.setLeft(null);
            } else if (!center.getItems().contains(charts.view())) {
                center.getItems().add(charts.view());
                center.setDividerPositions(divider[0]);
                root.setLeft(leftColumn);
            }
        });
        leftColumn.setFitToWidth(true);
        leftColumn.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setLeft(leftColumn);
        root.setCenter(center);
        root.setId("predictors-screen");
    }

    BorderPane root() { return root; }
    TrainPanel trainPanel() { return train; }
    AccuracyTable accuracyTable() { return table; }
    ComparisonCharts charts() { return charts; }
    MatrixPane matrix() { return matrix; }
    CurvePane curves() { return curves; }

    private void exportMatrix() {
        controller.exportMatrix(matrix.shownCells(), model.metric.get());
    }

    private void mirror(Runnable r) {
        if (mirroring) return;
        mirroring = true;
        try {
            r.run();
        } finally {
            mirroring = false;
        }
    }

    /** Selection made elsewhere (a new result landed, a matrix cell opened): select it and bring it into view. */
    private void selectInTable() {
        var sm = table.view().getSelectionModel();
        sm.clearSelection();
        for (PredictorEntry e : model.selected) sm.select(e);
        if (!model.selected.isEmpty()) table.view().scrollTo(model.selected.get(0));
    }
}
