package io.evolp.measure.campaign;

import io.evolp.core.LayerConfig;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which plan rows a campaign still has to measure, given the rows already in its file. Rows are
 * matched on the whole layer configuration as a multiset: a plan listing a layer twice needs it
 * twice in the file, so duplicates in a plan are measured as often as they are listed — never more
 * (a resumed run does not duplicate) and never less.
 *
 * @param pending   plan indices still to measure, in plan order
 * @param resumed   plan rows already measured
 * @param notInPlan file rows that match no plan row (left alone)
 */
record ResumePlan(List<Integer> pending, int resumed, int notInPlan) {

    static ResumePlan of(List<LayerConfig> plan, List<LayerConfig> existing) {
        Map<LayerConfig, Integer> inFile = new HashMap<>();
        for (LayerConfig c : existing) inFile.merge(c, 1, Integer::sum);
        List<Integer> pending = new ArrayList<>();
        int resumed = 0;
        for (int i = 0; i < plan.size(); i++) {
            Integer left = inFile.get(plan.get(i));
            if (left != null && left > 0) {
                inFile.put(plan.get(i), left - 1);
                resumed++;
            } else {
                pending.add(i);
            }
        }
        int extra = inFile.values().stream().mapToInt(Integer::intValue).sum();
        return new ResumePlan(List.copyOf(pending), resumed, extra);
    }
}
