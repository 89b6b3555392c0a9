package io.evolp.ui.datasets;

import javafx.collections.ObservableListBase;

import java.util.AbstractList;
import java.util.List;

/**
 * The rows table's items: a view over an int[] of row indices (4 bytes a row, boxed only for the
 * few visible cells), so a million-row dataset needs no million row objects. One instance per
 * table, whose array is swapped: TableView clears its sort order whenever its items <em>list</em>
 * is replaced (unless it is a SortedList, which would copy every element), so the list stays and
 * its content changes in one replace-all event. FX thread only.
 */
final class RowIndexList extends ObservableListBase<Integer> {

    private int[] rows = new int[0];

    @Override
    public Integer get(int index) {
        return rows[index];
    }

    @Override
    public int size() {
        return rows.length;
    }

    /** The rows in display order (do not modify). */
    int[] rows() {
        return rows;
    }

    /** Replaces the content with {@code next} (not copied; the caller hands it over). */
    void setRows(int[] next) {
        int[] old = rows;
        rows = next;
        beginChange();
        if (old.length > 0) nextRemove(0, view(old));
        if (next.length > 0) nextAdd(0, next.length);
        endChange();
    }

    private static List<Integer> view(int[] a) {
        return new AbstractList<>() {
            @Override public Integer get(int i) { return a[i]; }
            @Override public int size() { return a.length; }
        };
    }
}
