package io.evolp.ui.datasets;

import io.evolp.task.ProgressMonitor;

import java.util.Arrays;
import java.util.Locale;

/**
 * Filtering and sorting of row indices for the rows table — never of row objects. Runs on a
 * worker; checks cancellation every 64k rows so "latest wins" can drop a stale request quickly.
 * Keeps the last filter result, so re-sorting a filtered view does not filter again.
 */
final class RowViews {

    private RowQuery lastFilter;
    private int[] lastFiltered;

    /** The rows {@code q} shows, in display order. Thread-safe (one computation at a time). */
    synchronized int[] compute(RowQuery q, ProgressMonitor m) {
        int[] rows;
        if (q.sameFilter(lastFilter)) {
            rows = lastFiltered;
        } else {
            rows = filter(q, m);
            lastFilter = q;
            lastFiltered = rows;
        }
        return q.sortColumn() == null ? rows : sort(q.index(), q.sortColumn(), q.ascending(), rows, m);
    }

    static int[] filter(RowQuery q, ProgressMonitor m) {
        DatasetIndex ix = q.index();
        String needle = q.text().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            if (q.keyId() >= 0) return ix.rowsOfKey(q.keyId());
            int[] all = new int[ix.size()];
            Arrays.setAll(all, i -> i);
            return all;
        }
        // Key-level cells (key label, kernel, …) are tested once per key, not once per row.
        boolean[] keyHit = new boolean[ix.keys().size()];
        int[] firstRow = firstRowOfEachKey(ix);
        for (RowColumn c : q.columns()) {
            if (!c.keyLevel()) continue;
            for (int k = 0; k < keyHit.length; k++) {
                keyHit[k] |= c.text(ix, firstRow[k]).toLowerCase(Locale.ROOT).contains(needle);
            }
        }
        RowColumn[] rowLevel = q.columns().stream().filter(c -> !c.keyLevel()).toArray(RowColumn[]::new);
        int n = ix.size();
        int[] out = new int[q.keyId() >= 0 ? ix.keyCount(q.keyId()) : n];
        int j = 0;
        for (int r = 0; r < n; r++) {
            if ((r & 0xFFFF) == 0) {
                m.checkCancelled();
                m.progress(r, n, "filtering rows");
            }
            int k = ix.keyId(r);
            if (q.keyId() >= 0 && k != q.keyId()) continue;
            if (keyHit[k] || rowMatches(ix, rowLevel, r, needle)) out[j++] = r;
        }
        return Arrays.copyOf(out, j);
    }

    private static boolean rowMatches(DatasetIndex ix, RowColumn[] cols, int row, String needle) {
        for (RowColumn c : cols) {
            if (c.text(ix, row).toLowerCase(Locale.ROOT).contains(needle)) return true;
        }
        return false;
    }

    private static int[] firstRowOfEachKey(DatasetIndex ix) {
        int[] first = new int[ix.keys().size()];
        Arrays.fill(first, -1);
        int found = 0;
        for (int r = 0; r < ix.size() && found < first.length; r++) {
            if (first[ix.keyId(r)] < 0) {
                first[ix.keyId(r)] = r;
                found++;
            }
        }
        return first;
    }

    /**
     * Stable sort of {@code rows} by the column's sort key: keys are replaced by their rank among
     * the distinct keys and packed with the row index into one long, so the whole sort is two
     * primitive array sorts (no boxing, no comparator calls). Ties keep file order either way.
     */
    static int[] sort(DatasetIndex ix, RowColumn col, boolean ascending, int[] rows, ProgressMonitor m) {
        int n = rows.length;
        m.progress(0, 3, "sorting by " + col.header());
        long[] keys = col.sortKeys(ix, rows);
        m.checkCancelled();
        long[] distinct = keys.clone();
        parallelSort(distinct);
        int d = unique(distinct);
        m.checkCancelled();
        m.progress(1, 3, "sorting by " + col.header());
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            int rank = Arrays.binarySearch(distinct, 0, d, keys[i]);
            if (!ascending) rank = d - 1 - rank;
            packed[i] = ((long) rank << 32) | rows[i];
        }
        m.checkCancelled();
        m.progress(2, 3, "sorting by " + col.header());
        parallelSort(packed);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = (int) packed[i];
        return out;
    }

    private static void parallelSort(long[] a) {
        if (a.length > 100_000) Arrays.parallelSort(a); else Arrays.sort(a);
    }

    private static int unique(long[] sorted) {
        if (sorted.length == 0) return 0;
        int d = 1;
        for (int i = 1; i < sorted.length; i++) if (sorted[i] != sorted[d - 1]) sorted[d++] = sorted[i];
        return d;
    }
}
