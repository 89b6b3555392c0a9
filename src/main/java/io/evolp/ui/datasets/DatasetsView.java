package io.evolp.ui.datasets;

import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.UiContext;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The Datasets screen's nodes (the view role): the dataset list beside tabs for rows, per-key
 * summary, charts and problems. Binds the panes to the {@link DatasetsModel} and forwards user
 * events to the {@link DatasetsController}; computes nothing itself.
 */
final class DatasetsView {

    private final DatasetListPane list;
    private final RowTablePane rows;
    private final SummaryPane summary;
    private final ChartsPane charts;
    private final ProblemsPane problems;
    private final Tab problemsTab;
    private final SplitPane root;

    DatasetsView(UiContext ctx, DatasetsModel model, DatasetsController controller) {
        list = new DatasetListPane(ctx.workspace(), model, controller);
        rows = new RowTablePane(ctx, model, controller);
        charts = new ChartsPane(ctx);
        summary = new SummaryPane(ctx, controller::filterKey);
        summary.bind(model.summary());
        problems = new ProblemsPane(ctx);

        problemsTab = new Tab("Problems", problems.view());
        TabPane tabs = new TabPane(new Tab("Rows", rows.view()), new Tab("Per-key summary", summary.view()),
                new Tab("Charts", charts.view()), problemsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("datasetTabs");

        root = new SplitPane(list.view(), tabs);
        root.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(list.view(), false);
        root.setId("datasetsScreen");

        model.selectedProperty().addListener((o, a, e) -> showProblems(e));
        model.indexProperty().addListener((o, a, ix) -> {
            if (ix == null) charts.clear(); else charts.show(ix, -1);
        });
        model.selectedKeyProperty().addListener((o, a, id) -> charts.followKey(id.intValue()));
    }

    SplitPane root() { return root; }

    /** The workspace may have changed on another screen (project opened): keep a valid selection. */
    void shown() {
        if (list.list().getSelectionModel().getSelectedItem() == null && !list.list().getItems().isEmpty()) {
            list.list().getSelectionModel().select(0);
        }
    }

    void setScatterCap(int cap) {
        charts.setCap(cap);
    }

    private void showProblems(DatasetEntry e) {
        problems.clear();
        problemsTab.setText("Problems");
        problemsTab.setStyle("");
        if (e == null) return;
        problems.show(e);
        if (e.totalProblems() > 0) {
            problemsTab.setText("⚠ Problems (" + Formats.count(e.totalProblems()) + ")");
            problemsTab.setStyle("-fx-text-base-color: #b05000;");
        }
    }
}
