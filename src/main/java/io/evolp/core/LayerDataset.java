package io.evolp.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * Layer-wise latency measurements of one device, stored column-wise so that a million rows cost
 * a few tens of megabytes and the GUI table can virtualise over indices.
 *
 * <p>Immutable once built; use {@link Builder}. Extra CSV columns are kept (by name, per row) so a
 * dataset written back out is the file that was read.
 */
public final class LayerDataset {

    private final String device;
    private final int size;
    private final int[] inputSize, cin, cout, kh, kw, sh, sw, ph, pw, groups;
    private final boolean[] bias;
    private final double[] latency;
    private final List<String> extraColumns;
    private final String[][] extraValues; // [row][extra column], null when there are no extras
    private final int[] sourceLine;       // 1-based line in the file the row came from, 0 if none

    private LayerDataset(Builder b) {
        this.device = b.device;
        this.size = b.size;
        this.inputSize = Arrays.copyOf(b.inputSize, size);
        this.cin = Arrays.copyOf(b.cin, size);
        this.cout = Arrays.copyOf(b.cout, size);
        this.kh = Arrays.copyOf(b.kh, size);
        this.kw = Arrays.copyOf(b.kw, size);
        this.sh = Arrays.copyOf(b.sh, size);
        this.sw = Arrays.copyOf(b.sw, size);
        this.ph = Arrays.copyOf(b.ph, size);
        this.pw = Arrays.copyOf(b.pw, size);
        this.groups = Arrays.copyOf(b.groups, size);
        this.bias = Arrays.copyOf(b.bias, size);
        this.latency = Arrays.copyOf(b.latency, size);
        this.sourceLine = Arrays.copyOf(b.sourceLine, size);
        this.extraColumns = List.copyOf(b.extraColumns);
        this.extraValues = extraColumns.isEmpty() ? null : Arrays.copyOf(b.extraValues, size);
    }

    public String device() { return device; }
    public int size() { return size; }
    public boolean isEmpty() { return size == 0; }

    public LayerConfig config(int row) {
        return new LayerConfig(inputSize[row], cin[row], cout[row], kh[row], kw[row], sh[row], sw[row],
                ph[row], pw[row], bias[row], groups[row]);
    }

    public ConfigKey key(int row) { return config(row).key(); }
    public double latency(int row) { return latency[row]; }
    public int cin(int row) { return cin[row]; }
    public int cout(int row) { return cout[row]; }
    public int sourceLine(int row) { return sourceLine[row]; }
    public List<String> extraColumns() { return extraColumns; }

    /** Value of extra column {@code col} in {@code row} ("" when absent). */
    public String extra(int row, int col) {
        if (extraValues == null || extraValues[row] == null) return "";
        String[] v = extraValues[row];
        return col < v.length && v[col] != null ? v[col] : "";
    }

    /** Row indices grouped by configuration key, keys in first-seen order. */
    public Map<ConfigKey, int[]> rowsByKey() {
        Map<ConfigKey, IntList> tmp = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            tmp.computeIfAbsent(key(i), k -> new IntList()).add(i);
        }
        Map<ConfigKey, int[]> out = new LinkedHashMap<>();
        tmp.forEach((k, v) -> out.put(k, v.toArray()));
        return Collections.unmodifiableMap(out);
    }

    /** A dataset with only the given rows (same device, same extra columns). */
    public LayerDataset subset(int[] rows) {
        Builder b = new Builder(device, extraColumns);
        for (int r : rows) b.add(this, r);
        return b.build();
    }

    public LayerDataset filter(IntPredicate keepRow) {
        Builder b = new Builder(device, extraColumns);
        for (int i = 0; i < size; i++) if (keepRow.test(i)) b.add(this, i);
        return b.build();
    }

    public LayerDataset withDevice(String newDevice) {
        Builder b = new Builder(newDevice, extraColumns);
        for (int i = 0; i < size; i++) b.add(this, i);
        return b.build();
    }

    /** Appends {@code other}'s rows; extra columns of both are kept (union by name). */
    public LayerDataset concat(LayerDataset other) {
        List<String> names = new ArrayList<>(extraColumns);
        for (String n : other.extraColumns) if (!names.contains(n)) names.add(n);
        Builder b = new Builder(device, names);
        for (int i = 0; i < size; i++) b.add(this, i);
        for (int i = 0; i < other.size; i++) b.add(other, i);
        return b.build();
    }

    public static Builder builder(String device) { return new Builder(device, List.of()); }
    public static Builder builder(String device, List<String> extraColumns) { return new Builder(device, extraColumns); }

    /** Growable column store; not thread-safe. */
    public static final class Builder {
        private final String device;
        private final List<String> extraColumns;
        private int size;
        private int[] inputSize = new int[16], cin = new int[16], cout = new int[16], kh = new int[16],
                kw = new int[16], sh = new int[16], sw = new int[16], ph = new int[16], pw = new int[16],
                groups = new int[16], sourceLine = new int[16];
        private boolean[] bias = new boolean[16];
        private double[] latency = new double[16];
        private String[][] extraValues = new String[16][];

        private Builder(String device, List<String> extraColumns) {
            this.device = Objects.requireNonNull(device, "device");
            this.extraColumns = List.copyOf(extraColumns);
        }

        public Builder add(LayerConfig c, double latencyMs) {
            return add(c, latencyMs, 0, null);
        }

        /** @param extras values of the extra columns in {@link #extraColumns} order, or null */
        public Builder add(LayerConfig c, double latencyMs, int line, String[] extras) {
            grow();
            int i = size++;
            inputSize[i] = c.inputSize(); cin[i] = c.cin(); cout[i] = c.cout();
            kh[i] = c.kh(); kw[i] = c.kw(); sh[i] = c.sh(); sw[i] = c.sw(); ph[i] = c.ph(); pw[i] = c.pw();
            bias[i] = c.bias(); groups[i] = c.groups(); latency[i] = latencyMs; sourceLine[i] = line;
            extraValues[i] = extras;
            return this;
        }

        private void add(LayerDataset d, int row) {
            String[] extras = null;
            if (!extraColumns.isEmpty()) {
                extras = new String[extraColumns.size()];
                for (int c = 0; c < extras.length; c++) {
                    int src = d.extraColumns.indexOf(extraColumns.get(c));
                    extras[c] = src < 0 ? "" : d.extra(row, src);
                }
            }
            add(d.config(row), d.latency[row], d.sourceLine[row], extras);
        }

        public int size() { return size; }

        private void grow() {
            if (size < latency.length) return;
            int n = latency.length * 2;
            inputSize = Arrays.copyOf(inputSize, n); cin = Arrays.copyOf(cin, n); cout = Arrays.copyOf(cout, n);
            kh = Arrays.copyOf(kh, n); kw = Arrays.copyOf(kw, n); sh = Arrays.copyOf(sh, n); sw = Arrays.copyOf(sw, n);
            ph = Arrays.copyOf(ph, n); pw = Arrays.copyOf(pw, n); groups = Arrays.copyOf(groups, n);
            sourceLine = Arrays.copyOf(sourceLine, n); bias = Arrays.copyOf(bias, n);
            latency = Arrays.copyOf(latency, n); extraValues = Arrays.copyOf(extraValues, n);
        }

        public LayerDataset build() { return new LayerDataset(this); }
    }

    private static final class IntList {
        int[] a = new int[8];
        int n;
        void add(int v) { if (n == a.length) a = Arrays.copyOf(a, n * 2); a[n++] = v; }
        int[] toArray() { return Arrays.copyOf(a, n); }
    }
}
