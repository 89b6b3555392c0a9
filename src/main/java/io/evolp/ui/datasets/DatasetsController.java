package io.evolp.ui.datasets;

import io.evolp.ui.common.LatestRun;
import io.evolp.task.TaskRunner;
import io.evolp.ui.common.Dialogs;
import io.evolp.ui.common.ExportMenus;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.Workspace;
import io.evolp.workflow.DatasetImport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The Datasets screen's actions (the controller role): import (through {@link DatasetImport}),
 * remove, rename the device, select a dataset (index and per-key summary, built on a worker), and
 * the rows query — key filter, text filter, sort — each computed off the FX thread with "latest
 * wins". Writes results into the {@link DatasetsModel} and the {@link Workspace}; no nodes, so a
 * test drives it with a synchronous runner and no window.
 */
public final class DatasetsController {

    /** What a newly selected dataset needs, computed together on one worker. */
    private record Prepared(DatasetEntry entry, DatasetIndex index, List<KeySummary> summary) { }

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final DatasetsModel model;
    private final RowViews views = new RowViews();
    private final LatestRun<Prepared> prepare;
    private final LatestRun<int[]> filter;

    public DatasetsController(Workspace workspace, TaskRunner tasks, Dialogs dialogs, DatasetsModel model) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.model = model;
        // Not interrupted when superseded: it may be the first use of Tablesaw (see LatestRun).
        prepare = new LatestRun<>(tasks, "Indexing dataset", false);
        filter = new LatestRun<>(tasks, "Filtering rows", true);
    }

    public DatasetsModel model() { return model; }

    /** "Open dataset…": asks for CSV files and imports each. */
    public CompletableFuture<List<DatasetEntry>> openFiles() {
        return importFiles(dialogs.openFiles("Open layer datasets", List.of("*.csv")));
    }

    /**
     * Reads each file on a worker and adds it to the workspace under a unique name; the valid rows
     * are always added, problems or not (they travel with the entry). The last one read is selected.
     */
    public CompletableFuture<List<DatasetEntry>> importFiles(List<Path> files) {
        List<CompletableFuture<DatasetEntry>> each = new ArrayList<>();
        for (Path f : files) {
            each.add(tasks.submit("Reading " + f.getFileName(), m -> DatasetImport.read(f, null)).result()
                    .thenApply(this::add));
        }
        return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
                .thenApply(v -> each.stream().map(CompletableFuture::join).toList());
    }

    private DatasetEntry add(DatasetImport.Imported r) {
        DatasetEntry e = new DatasetEntry(workspace.uniqueDatasetName(r.name()), r.file(), r.dataset(), r.problems(),
                r.totalProblems());
        workspace.datasets().add(e);
        select(e);
        return e;
    }

    /** Removes the selected dataset from the workspace (its file stays on disk). */
    public void removeSelected() {
        DatasetEntry e = model.selected();
        if (e == null) return;
        workspace.datasets().remove(e);
        if (model.selected() == e) select(workspace.datasets().isEmpty() ? null : workspace.datasets().get(0));
    }

    /**
     * Sets the device of the selected dataset: a copy with the new device name replaces the entry
     * (same name, source and problems). Blank or unchanged names do nothing.
     */
    public CompletableFuture<DatasetEntry> renameDevice(String newDevice) {
        DatasetEntry e = model.selected();
        if (e == null || newDevice == null || newDevice.isBlank() || newDevice.strip().equals(e.device())) {
            return CompletableFuture.completedFuture(e);
        }
        String name = newDevice.strip();
        return tasks.submit("Renaming device of " + e.name(), m -> e.dataset().withDevice(name)).result().thenApply(ds -> {
            int i = workspace.datasets().indexOf(e);
            if (i < 0) return null; // removed meanwhile
            DatasetEntry renamed = new DatasetEntry(e.name(), e.source(), ds, e.problems(), e.totalProblems());
            workspace.datasets().set(i, renamed);
            select(renamed);
            return renamed;
        });
    }

    /**
     * Shows {@code e} (null: nothing): builds its row index and per-key summary (through
     * {@code analysis.KeySummaries}) on a worker, then shows all its rows in file order. Selecting
     * again before that finishes drops the older work.
     */
    public CompletableFuture<?> select(DatasetEntry e) {
        if (e == model.selected()) return CompletableFuture.completedFuture(null); // already shown or being prepared
        filter.cancel();
        model.clearSelection();
        model.selectedProperty().set(e);
        if (e == null) {
            prepare.cancel();
            return CompletableFuture.completedFuture(null);
        }
        return prepare.run(m -> {
            DatasetIndex ix = DatasetIndex.build(e.dataset(), m);
            return new Prepared(e, ix, KeySummary.of(ix, m));
        }, this::show);
    }

    private void show(Prepared p) {
        if (p.entry() != model.selected()) return; // selection moved on
        model.summary().setAll(p.summary());
        model.indexProperty().set(p.index());
        query(new RowQuery(p.index(), RowColumn.forIndex(p.index()), -1, "", null, true));
    }

    /** Filters the rows to key {@code id} (-1 = all keys). */
    public CompletableFuture<int[]> filterKey(int id) {
        RowQuery q = model.query();
        if (q == null || q.keyId() == id) return CompletableFuture.completedFuture(model.rows());
        return query(q.withKey(id));
    }

    /** Keeps the rows with a cell containing {@code text} (case-insensitive; blank = all). */
    public CompletableFuture<int[]> filterText(String text) {
        RowQuery q = model.query();
        if (q == null || q.text().equals(text == null ? "" : text.strip())) return CompletableFuture.completedFuture(model.rows());
        return query(q.withText(text));
    }

    /** Sorts by {@code column} (null = file order). */
    public CompletableFuture<int[]> sort(RowColumn column, boolean ascending) {
        RowQuery q = model.query();
        if (q == null || (column == q.sortColumn() && (column == null || ascending == q.ascending()))) {
            return CompletableFuture.completedFuture(model.rows());
        }
        return query(q.withSort(column, ascending));
    }

    private CompletableFuture<int[]> query(RowQuery q) {
        model.setQuery(q);
        return filter.run(m -> views.compute(q, m), rows -> {
            // A cached result may be the very array shown: a copy makes the property announce it again.
            if (model.index() == q.index()) model.rowsProperty().set(rows == model.rows() ? rows.clone() : rows);
        });
    }

    /** The CSV of the rows as shown (these columns, the current filter and order), streamed from a worker. */
    public ExportMenus.CsvJob rowsCsv(List<RowColumn> columns) {
        DatasetIndex ix = model.index();
        int[] rows = ix == null ? new int[0] : model.rows();
        return RowCsvExport.job(ix, columns, rows);
    }
}
