package io.evolp.analysis;

import io.evolp.core.ConfigKey;
import io.evolp.core.LayerDataset;
import io.evolp.task.ProgressMonitor;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


/**
 * Per-key summary of a layer dataset — rows, channel and MACs ranges, latency min / p10 / median /
 * p90 / max — from Tablesaw selections and column statistics over the dataset's rows, keys in numeric order
 * ({@link KeyOrder}). Percentiles are Tablesaw's (Commons Math's default estimate: position
 * p·(n+1)/100, linear between neighbours, clamped to min and max; the median of an even count is the
 * mean of the middle two).
 */
public final class KeySummaries {

    public static final String KEY = "key";
    public static final String N = "n";
    public static final String[] COLUMNS = {KEY, N, "cin_min", "cin_max", "cout_min", "cout_max", "latency_min_ms",
        "latency_p10_ms", "latency_median_ms", "latency_p90_ms", "latency_max_ms", "macs_min", "macs_max"};

    private static final String RANK = "key_rank";

    private KeySummaries() {
    }

    /** One row per key of {@code data} (none for an empty dataset), checked for cancellation between steps. */
    public static Table of(LayerDataset data, ProgressMonitor m) {
        int n = data.size();
        Map<ConfigKey, Integer> seen = new HashMap<>();
        int[] seenId = new int[n];
        double[] macs = new double[n], lat = new double[n];
        int[] cin = new int[n], cout = new int[n];
        for (int i = 0; i < n; i++) {
            if ((i & 0xFFFF) == 0) {
                m.checkCancelled();
                m.progress(i, 2L * n, "summarising keys");
            }
            var c = data.config(i);
            seenId[i] = seen.computeIfAbsent(c.key(), k -> seen.size());
            macs[i] = c.macs();
            lat[i] = data.latency(i);
            cin[i] = c.cin();
            cout[i] = c.cout();
        }
        List<ConfigKey> keys = new ArrayList<>(seen.keySet());
        keys.sort(KeyOrder.NUMERIC);
        int[] rankOfSeen = new int[keys.size()];
        for (int r = 0; r < keys.size(); r++) rankOfSeen[seen.get(keys.get(r))] = r;
        int[] ranks = new int[n];
        for (int i = 0; i < n; i++) ranks[i] = rankOfSeen[seenId[i]];
        String[] labels = keys.stream().map(ConfigKey::label).toArray(String[]::new);
        if (n == 0) return empty();
        Table rows = Table.create("layers", IntColumn.create(RANK, ranks), IntColumn.create("cin", cin),
                IntColumn.create("cout", cout), DoubleColumn.create("macs", macs), DoubleColumn.create("latency", lat));
        // One Tablesaw selection per key rather than summarize().by(): its group-by hashes a byte key
        // per row and took 3-10 s on a million rows here, the selections ~0.5 s (keys are few, rows many).
        Table out = empty();
        IntColumn rankColumn = rows.intColumn(RANK);
        for (int k = 0; k < labels.length; k++) {
            m.checkCancelled();
            m.progress(n + (long) k * n / labels.length, 2L * n, "summarising keys");
            add(out, labels[k], rows.where(rankColumn.isEqualTo(k)));
        }
        m.progress(2L * n, 2L * n, "summarising keys");
        return out;
    }

    private static void add(Table out, String key, Table part) {
        DoubleColumn lat = part.doubleColumn("latency");
        out.stringColumn(KEY).append(key);
        out.intColumn(N).append(part.rowCount());
        out.intColumn("cin_min").append((int) part.intColumn("cin").min());
        out.intColumn("cin_max").append((int) part.intColumn("cin").max());
        out.intColumn("cout_min").append((int) part.intColumn("cout").min());
        out.intColumn("cout_max").append((int) part.intColumn("cout").max());
        out.doubleColumn("latency_min_ms").append(lat.min());
        out.doubleColumn("latency_p10_ms").append(lat.percentile(10));
        out.doubleColumn("latency_median_ms").append(lat.median());
        out.doubleColumn("latency_p90_ms").append(lat.percentile(90));
        out.doubleColumn("latency_max_ms").append(lat.max());
        out.longColumn("macs_min").append((long) part.doubleColumn("macs").min());
        out.longColumn("macs_max").append((long) part.doubleColumn("macs").max());
    }

    /** The rows of a {@link #of} table as records, in table order. */
    public static List<KeyStats> stats(Table summary) {
        List<KeyStats> out = new ArrayList<>(summary.rowCount());
        for (int i = 0; i < summary.rowCount(); i++) {
            out.add(new KeyStats(ConfigKey.parse(summary.stringColumn(KEY).get(i)), summary.intColumn(N).getInt(i),
                    summary.intColumn("cin_min").getInt(i), summary.intColumn("cin_max").getInt(i),
                    summary.intColumn("cout_min").getInt(i), summary.intColumn("cout_max").getInt(i),
                    summary.doubleColumn("latency_min_ms").getDouble(i), summary.doubleColumn("latency_p10_ms").getDouble(i),
                    summary.doubleColumn("latency_median_ms").getDouble(i),
                    summary.doubleColumn("latency_p90_ms").getDouble(i), summary.doubleColumn("latency_max_ms").getDouble(i),
                    summary.longColumn("macs_min").getLong(i), summary.longColumn("macs_max").getLong(i)));
        }
        return out;
    }

    private static Table empty() {
        return Table.create("key summary", StringColumn.create(KEY), IntColumn.create(N), IntColumn.create("cin_min"),
                IntColumn.create("cin_max"), IntColumn.create("cout_min"), IntColumn.create("cout_max"),
                DoubleColumn.create("latency_min_ms"), DoubleColumn.create("latency_p10_ms"),
                DoubleColumn.create("latency_median_ms"), DoubleColumn.create("latency_p90_ms"),
                DoubleColumn.create("latency_max_ms"), tech.tablesaw.api.LongColumn.create("macs_min"),
                tech.tablesaw.api.LongColumn.create("macs_max"));
    }
}
