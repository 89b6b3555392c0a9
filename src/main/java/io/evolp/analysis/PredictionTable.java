package io.evolp.analysis;

import io.evolp.core.ConfigKey;
import io.evolp.predict.eval.Metrics;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The joined table of predictions and measurements, one row per evaluated layer — the frame every
 * breakdown and the accuracy matrix group. Besides the inputs it carries the per-row error terms
 * ({@value #APE}, {@value #WITHIN5}, {@value #WITHIN10}) so that a grouped mean is exactly the
 * {@link Metrics} figure of the group (same ±5 %/±10 % boundary tolerance), and sort ranks for the
 * key (numeric order) and the residue class.
 */
public final class PredictionTable {

    public static final String KIND = "kind";
    /** Order in which the kinds first appear in the rows (the order the user asked for them). */
    public static final String KIND_RANK = "kind_rank";
    public static final String DEVICE = "device";
    public static final String ARCHITECTURE = "architecture";
    public static final String KEY = "key";
    public static final String KEY_RANK = "key_rank";
    public static final String CIN = "cin";
    public static final String RESIDUE = "residue";
    public static final String RESIDUE_RANK = "residue_rank";
    public static final String PREDICTED = "predicted_ms";
    public static final String MEASURED = "measured_ms";
    /** Absolute percentage error of the row, 100·|p − m| / m. */
    public static final String APE = "ape";
    /** 100 when the row is within ±5 %, else 0: its group mean is the ±5 % accuracy in percent. */
    public static final String WITHIN5 = "within5";
    public static final String WITHIN10 = "within10";

    private PredictionTable() {
    }

    public static Table of(List<PredictionRow> rows) {
        int n = rows.size();
        // Rank keys numerically over the keys present, so a grouped table sorts by an int column.
        TreeSet<ConfigKey> keys = new TreeSet<>(KeyOrder.NUMERIC);
        Map<String, Integer> kinds = new LinkedHashMap<>();
        for (PredictionRow r : rows) {
            keys.add(r.key());
            kinds.putIfAbsent(r.kind(), kinds.size());
        }
        Map<ConfigKey, Integer> rank = new HashMap<>();
        for (ConfigKey k : keys) rank.put(k, rank.size());
        String[] kind = new String[n], device = new String[n], arch = new String[n], key = new String[n];
        String[] residue = new String[n];
        int[] keyRank = new int[n], kindRank = new int[n], cin = new int[n], residueRank = new int[n];
        double[] p = new double[n], m = new double[n], ape = new double[n], w5 = new double[n], w10 = new double[n];
        for (int i = 0; i < n; i++) {
            PredictionRow r = rows.get(i);
            kind[i] = r.kind();
            device[i] = r.device();
            arch[i] = r.architecture();
            key[i] = r.key().label();
            keyRank[i] = rank.get(r.key());
            kindRank[i] = kinds.get(r.kind());
            cin[i] = r.cin();
            Residue c = Residue.of(r.cin());
            residue[i] = c.label();
            residueRank[i] = c.ordinal();
            p[i] = r.predictedMs();
            m[i] = r.measuredMs();
            double rel = Math.abs(p[i] - m[i]) / m[i];
            ape[i] = 100.0 * rel;
            w5[i] = rel <= 0.05 + Metrics.BOUNDARY_TOLERANCE ? 100 : 0;
            w10[i] = rel <= 0.10 + Metrics.BOUNDARY_TOLERANCE ? 100 : 0;
        }
        return Table.create("predictions",
                StringColumn.create(KIND, kind), IntColumn.create(KIND_RANK, kindRank), StringColumn.create(DEVICE, device),
                StringColumn.create(ARCHITECTURE, arch), StringColumn.create(KEY, key),
                IntColumn.create(KEY_RANK, keyRank), IntColumn.create(CIN, cin),
                StringColumn.create(RESIDUE, residue), IntColumn.create(RESIDUE_RANK, residueRank),
                DoubleColumn.create(PREDICTED, p), DoubleColumn.create(MEASURED, m),
                DoubleColumn.create(APE, ape), DoubleColumn.create(WITHIN5, w5), DoubleColumn.create(WITHIN10, w10));
    }
}
