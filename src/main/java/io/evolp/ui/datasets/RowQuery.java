package io.evolp.ui.datasets;

import java.util.List;

/**
 * What the rows table should show: which dataset, the key filter (-1 = all keys), the text filter
 * and the sort column (null = file order). One value object, so "latest wins" always computes
 * the whole current state however many inputs changed.
 */
record RowQuery(DatasetIndex index, List<RowColumn> columns, int keyId, String text, RowColumn sortColumn,
                boolean ascending) {

    RowQuery {
        text = text == null ? "" : text.strip();
    }

    RowQuery withKey(int id) { return new RowQuery(index, columns, id, text, sortColumn, ascending); }
    RowQuery withText(String t) { return new RowQuery(index, columns, keyId, t, sortColumn, ascending); }
    RowQuery withSort(RowColumn c, boolean asc) { return new RowQuery(index, columns, keyId, text, c, asc); }

    boolean sameFilter(RowQuery o) {
        return o != null && o.index == index && o.keyId == keyId && o.text.equals(text);
    }
}
