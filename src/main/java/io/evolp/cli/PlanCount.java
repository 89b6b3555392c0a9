package io.evolp.cli;

import io.evolp.core.ModelSpec;
import io.evolp.core.SamplingPlan;

import java.util.List;

/**
 * Why a plan has another row count than {@code --samples} asked for — said rather than left for the
 * user to discover (a plan of 30 used to come out with 40 rows without a word). The reasons are
 * established by asking the planner itself, not guessed.
 */
final class PlanCount {

    private PlanCount() {
    }

    static String explain(List<ModelSpec> models, int samples, int rows) {
        String what = rows + " rows, not the " + samples + " asked for: ";
        if (models.size() > 1) {
            return what + "the plans of the file's " + models.size() + " models are merged (each is planned with "
                    + samples + " rows; rows they share are kept once)";
        }
        ModelSpec m = models.get(0);
        int smallest = SamplingPlan.plan(m, 1).size();
        if (rows > samples && smallest >= rows) {
            return what + "the smallest plan for " + m.name() + " has " + smallest + " rows (every distinct layer "
                    + "shape gets at least one grid point); use --samples " + smallest + " or more";
        }
        if (rows < samples && SamplingPlan.plan(m, (int) Math.min(Integer.MAX_VALUE, 2L * samples)).size() <= rows) {
            return what + m.name() + "'s layer shapes offer only " + rows + " distinct (cin, cout) points";
        }
        return what + "rows that several layer shapes share are measured once, so the planner takes the grid whose "
                + "distinct row count comes closest to --samples";
    }
}
