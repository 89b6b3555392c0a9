package io.evolp.ui.datasets;

import io.evolp.task.ProgressMonitor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Latency distribution as counts in {@code bins} bins, equal-width or (log-x) equal in log space —
 * latency spans orders of magnitude across keys, so a linear histogram of a whole dataset is one
 * tall bar. Counts every row (binning is O(n); no subsampling needed). Built off the FX thread.
 */
record HistogramData(XYIntervalSeriesCollection dataset, int rows, boolean logX, String scope) {

    static final int BINS = 40;

    /** @param keyId -1 for all rows */
    static HistogramData build(DatasetIndex ix, int keyId, boolean logX, ProgressMonitor m) {
        int[] rows = keyId >= 0 ? ix.rowsOfKey(keyId) : null;
        int n = rows != null ? rows.length : ix.size();
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double v = value(ix, rows, i, logX);
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        m.checkCancelled();
        if (hi <= lo) hi = lo + (logX ? 0.01 : Math.max(1e-6, Math.abs(lo) * 0.01));
        int[] count = new int[BINS];
        double width = (hi - lo) / BINS;
        for (int i = 0; i < n; i++) {
            int b = (int) ((value(ix, rows, i, logX) - lo) / width);
            count[Math.min(BINS - 1, Math.max(0, b))]++;
        }
        XYIntervalSeries s = new XYIntervalSeries("rows", false, true);
        for (int b = 0; b < BINS; b++) {
            double a = lo + b * width, z = a + width;
            double x0 = logX ? Math.pow(10, a) : a, x1 = logX ? Math.pow(10, z) : z;
            s.add((x0 + x1) / 2, x0, x1, count[b], 0, count[b]);
        }
        XYIntervalSeriesCollection ds = new XYIntervalSeriesCollection();
        ds.addSeries(s);
        return new HistogramData(ds, n, logX, keyId >= 0 ? ix.label(keyId) : "all keys");
    }

    private static double value(DatasetIndex ix, int[] rows, int i, boolean logX) {
        double v = ix.data().latency(rows != null ? rows[i] : i);
        return logX ? Math.log10(v) : v;
    }
}
