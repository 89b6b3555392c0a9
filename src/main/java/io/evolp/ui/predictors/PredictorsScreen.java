package io.evolp.ui.predictors;

import io.evolp.ui.common.Screen;
import io.evolp.ui.common.TableCsvExport;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.ui.workspace.UiContext;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Predictors (issue 4): train predictor kinds for a device on one shared seeded split, compare their
 * accuracy in a table (DESIGN §2 metrics) and in three charts — predicted vs measured on log–log axes
 * with the y = x line and ±10 % band (density raster for large test sets), the cumulative error
 * distribution and MAPE per configuration key. Selecting table rows chooses what the charts overlay.
 */
public final class PredictorsScreen implements Screen {

    private final UiContext ctx;
    private final AccuracyTable table;
    private final ComparisonCharts charts;
    private final TrainPanel train;
    private final BorderPane root = new BorderPane();

    public PredictorsScreen(UiContext ctx) {
        this.ctx = ctx;
        this.table = new AccuracyTable(ctx.workspace().predictors());
        this.charts = new ComparisonCharts(ctx);
        this.train = new TrainPanel(ctx, this::selectOnly,
                () -> table.view().getSelectionModel().getSelectedItem());
        table.view().getSelectionModel().getSelectedItems().addListener((ListChangeListener<PredictorEntry>) c ->
                charts.update(List.copyOf(table.view().getSelectionModel().getSelectedItems())));
        // Predictors added elsewhere (a project opened, a file dropped) are shown when nothing is selected.
        ctx.workspace().predictors().addListener((ListChangeListener<PredictorEntry>) c -> {
            while (c.next()) {
                if (c.wasAdded() && table.view().getSelectionModel().getSelectedItems().isEmpty()) {
                    c.getAddedSubList().forEach(table.view().getSelectionModel()::select);
                }
            }
        });
        Button csv = new Button("Export CSV…");
        csv.setId("export-table-csv");
        csv.setOnAction(e -> exportTable());
        Label title = new Label("Accuracy on held-out rows — select rows (Ctrl/Shift-click) to compare them in the charts");
        title.setStyle("-fx-font-weight: bold;");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, title, gap, csv);
        bar.getChildren().add(2, io.evolp.ui.evolution.EvolutionCheck.button(ctx, () -> table.view().getSelectionModel().getSelectedItem()));
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox tableBox = new VBox(4, bar, table.view());
        VBox.setVgrow(table.view(), Priority.ALWAYS);
        tableBox.setPadding(new Insets(6));
        SplitPane center = new SplitPane(tableBox, charts.view());
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.27);
        // Scrolls when the column outgrows the window (auto's CV table adds a few lines).
        javafx.scene.control.ScrollPane left = new javafx.scene.control.ScrollPane(train.view());
        left.setFitToWidth(true);
        left.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        root.setLeft(left);
        root.setCenter(center);
        root.setId("predictors-screen");
    }

    @Override
    public String title() {
        return "Predictors";
    }

    @Override
    public Node view() {
        return root;
    }

    /** Selects exactly these entries (e.g. the ones just trained), so the charts compare them. */
    private void selectOnly(List<PredictorEntry> entries) {
        var sm = table.view().getSelectionModel();
        sm.clearSelection();
        for (PredictorEntry e : entries) sm.select(e);
    }

    /** Writes the table as shown (columns, sort order) to a CSV file chosen by the user. */
    CompletableFuture<Path> exportTable() {
        var file = ctx.dialogs().saveFile("Export accuracy table", "predictor-accuracy.csv", List.of("*.csv"));
        if (file.isEmpty()) return CompletableFuture.completedFuture(null);
        List<List<String>> rows = TableCsvExport.snapshot(table.view());
        Path p = file.get();
        return ctx.tasks().run("Export " + p.getFileName(), pm -> {
            TableCsvExport.write(rows, p);
            return p;
        }, null);
    }

    // Package-private handles for tests and the screenshot tool.
    TrainPanel trainPanel() { return train; }
    AccuracyTable accuracyTable() { return table; }
    ComparisonCharts charts() { return charts; }
}
