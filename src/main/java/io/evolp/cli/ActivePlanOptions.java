package io.evolp.cli;

import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.core.ModelSpec;
import io.evolp.core.SamplingPlan;
import io.evolp.io.DatasetCsvWriter;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.active.ActiveSelector;
import io.evolp.predict.active.Disagreement;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * {@code plan --active}: the N layers worth measuring first on a new device — chosen from a large
 * EvoLP plan of the models by how much each lowers the uncertainty over the others (a variance design over
 * sizes, kernel, stride and channel alignment), weighted by where the transfer
 * candidates fitted on already-measured rows ({@code --measured}) disagree.
 */
final class ActivePlanOptions {

    /** The candidate pool is this many times N (at least {@value #MIN_POOL} rows per model). */
    static final int POOL_FACTOR = 8, MIN_POOL = 320;

    @Option(names = "--active", description = "Pick the N rows whose measurement helps most (needs --predictor).")
    boolean active;

    @Option(names = "--predictor", paramLabel = "P.json", description = "With --active: a predictor of another device (the source).")
    Path predictor;

    @Option(names = "--measured", paramLabel = "D.csv",
            description = "With --active: rows already measured on the new device (kept away from; their fit's disagreement steers the choice).")
    Path measured;

    int write(List<ModelSpec> models, int samples, long seed, Path out, PrintWriter o, PrintWriter err) throws Exception {
        if (predictor == null) throw new IllegalArgumentException("--active needs --predictor P.json (a predictor of another device)");
        LatencyPredictor source = Inputs.predictor(predictor);
        LinkedHashSet<LayerConfig> pool = new LinkedHashSet<>();
        for (ModelSpec m : models) pool.addAll(SamplingPlan.plan(m, Math.max(MIN_POOL, POOL_FACTOR * samples), seed));
        LayerDataset done = measured == null ? LayerDataset.builder("new").build() : Inputs.dataset(measured, null, false, err);
        List<LayerConfig> doneLayers = new ArrayList<>();
        for (int i = 0; i < done.size(); i++) doneLayers.add(done.config(i));
        pool.removeAll(doneLayers);
        List<LayerConfig> candidates = List.copyOf(pool);
        double[] spread = Disagreement.of(done, source, candidates, seed);
        int[] picks = ActiveSelector.select(candidates, doneLayers, samples, source, spread, seed);
        List<LayerConfig> rows = new ArrayList<>();
        for (int p : picks) rows.add(candidates.get(p));
        DatasetCsvWriter.writePlan(rows, out);
        long keys = rows.stream().map(LayerConfig::key).distinct().count();
        o.printf("Wrote %d actively chosen plan rows over %d configuration keys to %s (from a pool of %d, source '%s'%s)%n",
                rows.size(), keys, out, candidates.size(), source.device(),
                spread == null ? "; by the variance design alone" : ", " + done.size() + " measured rows steering by disagreement");
        return 0;
    }
}
