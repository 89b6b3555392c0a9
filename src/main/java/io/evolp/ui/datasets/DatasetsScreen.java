package io.evolp.ui.datasets;

import io.evolp.ui.common.LatestWins;
import io.evolp.ui.common.Screen;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.UiContext;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.util.Duration;

import java.util.List;

/**
 * Issue 4 "Datasets": the open datasets (one per device) and, for the selected one, its rows
 * (filter, sort), per-key summary, charts and validation problems. Everything heavier than a
 * lookup — reading, indexing, filtering, sorting, summarising, chart data — runs in the background.
 */
public final class DatasetsScreen implements Screen {

    /** What the tabs need of a newly selected dataset, computed together on one worker. */
    private record Prepared(DatasetEntry entry, DatasetIndex index, List<KeySummary> summary) { }

    private final DatasetListPane list;
    private final RowTablePane rows;
    private final SummaryPane summary;
    private final ChartsPane charts;
    private final ProblemsPane problems;
    private final Tab problemsTab;
    private final TabPane tabs;
    private final SplitPane view;
    private final LatestWins<DatasetEntry, Prepared> prepare;

    public DatasetsScreen(UiContext ctx) {
        list = new DatasetListPane(ctx);
        rows = new RowTablePane(ctx);
        charts = new ChartsPane(ctx);
        summary = new SummaryPane(ctx, rows::selectKey);
        problems = new ProblemsPane(ctx);
        rows.keyIdProperty().addListener((o, a, id) -> charts.followKey(id.intValue()));

        problemsTab = new Tab("Problems", problems.view());
        tabs = new TabPane(new Tab("Rows", rows.view()), new Tab("Per-key summary", summary.view()),
                new Tab("Charts", charts.view()), problemsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("datasetTabs");

        view = new SplitPane(list.view(), tabs);
        view.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(list.view(), false);
        view.setId("datasetsScreen");

        prepare = new LatestWins<>(ctx.tasks(), "Indexing dataset", Duration.ZERO, e -> m -> {
            DatasetIndex ix = DatasetIndex.build(e.dataset(), m);
            return new Prepared(e, ix, KeySummary.of(ix, m));
        }, this::show);
        list.selected().addListener((o, a, e) -> select(e));
    }

    @Override
    public String title() {
        return "Datasets";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        // The workspace may have changed on another screen (project opened): keep a valid selection.
        if (list.list().getSelectionModel().getSelectedItem() == null && !list.list().getItems().isEmpty()) {
            list.list().getSelectionModel().select(0);
        }
    }

    /** Largest number of points a scatter draws before it subsamples (tests use a small cap). */
    public void setScatterCap(int cap) {
        charts.setCap(cap);
    }

    private void select(DatasetEntry e) {
        rows.clear();
        summary.clear();
        charts.clear();
        problems.clear();
        problemsTab.setText("Problems");
        problemsTab.setStyle("");
        if (e != null) {
            problems.show(e);
            if (e.totalProblems() > 0) {
                problemsTab.setText("⚠ Problems (" + Formats.count(e.totalProblems()) + ")");
                problemsTab.setStyle("-fx-text-base-color: #b05000;");
            }
            prepare.submitNow(e);
        }
    }

    private void show(Prepared p) {
        if (p.entry() != list.list().getSelectionModel().getSelectedItem()) return; // selection moved on
        rows.show(p.index());
        summary.show(p.summary());
        charts.show(p.index(), -1);
    }
}
