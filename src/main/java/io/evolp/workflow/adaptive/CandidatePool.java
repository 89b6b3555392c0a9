package io.evolp.workflow.adaptive;

import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.core.SamplingPlan;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * The layers an adaptive campaign chooses from when it is given models rather than a plan: a large
 * EvoLP sampling plan of each model ({@value #FACTOR}× the budget, at least {@value #MIN_PER_MODEL}
 * rows), as {@code plan --active} builds its pool — the selector needs room to choose.
 */
public final class CandidatePool {

    static final int FACTOR = 8, MIN_PER_MODEL = 320;

    private CandidatePool() {
    }

    public static List<LayerConfig> of(List<ModelSpec> models, int budgetRows, long seed) {
        if (models.isEmpty()) throw new IllegalArgumentException("choose at least one model of interest");
        LinkedHashSet<LayerConfig> pool = new LinkedHashSet<>();
        int per = (int) Math.min(100_000, Math.max(MIN_PER_MODEL, (long) FACTOR * budgetRows));
        for (ModelSpec m : models) pool.addAll(SamplingPlan.plan(m, per, seed));
        return List.copyOf(pool);
    }
}
