package io.evolp.ui.datasets;

import io.evolp.ui.workspace.DatasetEntry;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Datasets screen's state (the model role): the selected dataset and its index, the rows query
 * (key filter, text filter, sort) and the rows it yields, the per-key summary. Plain values only —
 * the controller writes them, the view binds to them; no nodes, no work.
 */
public final class DatasetsModel {

    private final ObjectProperty<DatasetEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<DatasetIndex> index = new SimpleObjectProperty<>(this, "index");
    private final ObjectProperty<RowQuery> query = new SimpleObjectProperty<>(this, "query");
    private final ObjectProperty<int[]> rows = new SimpleObjectProperty<>(this, "rows", new int[0]);
    private final ObservableList<KeySummary> summary = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper selectedKey = new ReadOnlyIntegerWrapper(this, "selectedKey", -1);

    /** The dataset the screen shows (null: none). */
    public ObjectProperty<DatasetEntry> selectedProperty() { return selected; }
    public DatasetEntry selected() { return selected.get(); }

    /** The selected dataset's row index; null while it is being built or when nothing is selected. */
    ObjectProperty<DatasetIndex> indexProperty() { return index; }
    DatasetIndex index() { return index.get(); }

    /** The rows query last asked for (null before a dataset is indexed). */
    ObjectProperty<RowQuery> queryProperty() { return query; }
    RowQuery query() { return query.get(); }

    /** The rows the newest finished query shows, in display order (do not modify the array). */
    ObjectProperty<int[]> rowsProperty() { return rows; }
    public int[] rows() { return rows.get(); }

    /** One entry per configuration key of the selected dataset, numeric key order. */
    ObservableList<KeySummary> summary() { return summary; }

    /** The key the rows are filtered to (-1 = all keys); the charts follow it. */
    public ReadOnlyIntegerProperty selectedKeyProperty() { return selectedKey.getReadOnlyProperty(); }
    public int selectedKey() { return selectedKey.get(); }

    void setQuery(RowQuery q) {
        query.set(q);
        selectedKey.set(q == null ? -1 : q.keyId());
    }

    /** "123 of 2,994 rows", or "" with nothing shown. */
    public String rowCountText() {
        DatasetIndex ix = index();
        return ix == null ? "" : Formats.rowCount(rows().length, ix.size());
    }

    void clearSelection() {
        index.set(null);
        setQuery(null);
        rows.set(new int[0]);
        summary.clear();
    }
}
