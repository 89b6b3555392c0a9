package io.evolp.analysis;

import io.evolp.core.ConfigKey;
import io.evolp.core.LayerDataset;
import io.evolp.task.ProgressMonitor;
import tech.tablesaw.aggregate.NumericAggregateFunction;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static tech.tablesaw.aggregate.AggregateFunctions.count;
import static tech.tablesaw.aggregate.AggregateFunctions.max;
import static tech.tablesaw.aggregate.AggregateFunctions.median;
import static tech.tablesaw.aggregate.AggregateFunctions.min;

/**
 * Per-key summary of a layer dataset — rows, channel and MACs ranges, latency min / p10 / median /
 * p90 / max — as two Tablesaw group-bys over the dataset's columns, keys in numeric order
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
    private static final NumericAggregateFunction P10 = percentile("P10", 10);
    private static final NumericAggregateFunction P90 = percentile("P90", 90);

    private KeySummaries() {
    }

    /** One row per key of {@code data} (none for an empty dataset), checked for cancellation between steps. */
    public static Table of(LayerDataset data, ProgressMonitor m) {
        int n = data.size();
        ConfigKey[] keyOf = new ConfigKey[n];
        TreeSet<ConfigKey> keys = new TreeSet<>(KeyOrder.NUMERIC);
        double[] macs = new double[n], lat = new double[n];
        int[] cin = new int[n], cout = new int[n];
        for (int i = 0; i < n; i++) {
            if ((i & 0xFFFF) == 0) {
                m.checkCancelled();
                m.progress(i, 2L * n, "summarising keys");
            }
            var c = data.config(i);
            keyOf[i] = c.key();
            keys.add(keyOf[i]);
            macs[i] = c.macs();
            lat[i] = data.latency(i);
            cin[i] = c.cin();
            cout[i] = c.cout();
        }
        Map<ConfigKey, Integer> rank = new HashMap<>();
        for (ConfigKey k : keys) rank.put(k, rank.size());
        int[] ranks = new int[n];
        for (int i = 0; i < n; i++) ranks[i] = rank.get(keyOf[i]);
        String[] labels = keys.stream().map(ConfigKey::label).toArray(String[]::new);
        Table rows = Table.create("layers", IntColumn.create(RANK, ranks), IntColumn.create("cin", cin),
                IntColumn.create("cout", cout), DoubleColumn.create("macs", macs), DoubleColumn.create("latency", lat));
        if (n == 0) return empty();
        m.checkCancelled();
        Table latency = rows.summarize("latency", count, min, P10, median, P90, max).by(RANK).sortAscendingOn(RANK);
        m.checkCancelled();
        Table ranges = rows.summarize("cin", "cout", "macs", min, max).by(RANK).sortAscendingOn(RANK);
        m.progress(n, n, "summarising keys");
        IntColumn keyRank = latency.intColumn(RANK);
        StringColumn key = StringColumn.create(KEY);
        for (int i = 0; i < keyRank.size(); i++) key.append(labels[keyRank.getInt(i)]);
        return Table.create("key summary", key,
                latency.doubleColumn("Count [latency]").asIntColumn().setName(N),
                ranges.doubleColumn("Min [cin]").asIntColumn().setName("cin_min"),
                ranges.doubleColumn("Max [cin]").asIntColumn().setName("cin_max"),
                ranges.doubleColumn("Min [cout]").asIntColumn().setName("cout_min"),
                ranges.doubleColumn("Max [cout]").asIntColumn().setName("cout_max"),
                latency.doubleColumn("Min [latency]").setName("latency_min_ms"),
                latency.doubleColumn("P10 [latency]").setName("latency_p10_ms"),
                latency.doubleColumn("Median [latency]").setName("latency_median_ms"),
                latency.doubleColumn("P90 [latency]").setName("latency_p90_ms"),
                latency.doubleColumn("Max [latency]").setName("latency_max_ms"),
                ranges.doubleColumn("Min [macs]").asLongColumn().setName("macs_min"),
                ranges.doubleColumn("Max [macs]").asLongColumn().setName("macs_max"));
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

    private static NumericAggregateFunction percentile(String name, double p) {
        return new NumericAggregateFunction(name) {
            @Override
            public Double summarize(NumericColumn<?> column) {
                return column.percentile(p);
            }
        };
    }
}
