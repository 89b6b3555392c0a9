package io.evolp.measure;

import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;

import java.util.List;

/**
 * How far a recorded model is from a queried one, for replay's nearest-model answers.
 *
 * <p>Two models with the same conv structure (same number of convs, same configuration key at each
 * position — i.e. the same architecture at other widths) are compared by their <b>conv-list MAC
 * distance</b> {@code Σ|macs_i − macs'_i| / Σ macs_i} (relative to the queried model): it sees where
 * the widths differ, not only the total. Models of another structure are only compared by relative
 * total MACs and always rank after every structural match, because their layer sums are not
 * comparable layer by layer.
 */
record ModelDistance(boolean sameStructure, double distance) implements Comparable<ModelDistance> {

    static ModelDistance between(ModelSpec query, ModelSpec recorded) {
        List<LayerConfig> a = query.convs(), b = recorded.convs();
        double total = Math.max(1, query.macs());
        if (sameStructure(a, b)) {
            double diff = 0;
            for (int i = 0; i < a.size(); i++) diff += Math.abs(a.get(i).macs() - b.get(i).macs());
            return new ModelDistance(true, diff / total);
        }
        return new ModelDistance(false, Math.abs(query.macs() - recorded.macs()) / total);
    }

    static boolean sameStructure(List<LayerConfig> a, List<LayerConfig> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).key().equals(b.get(i).key())) return false;
        }
        return true;
    }

    /** What differs between the queried and a recorded model, for a refusal message. */
    static String describeDifference(ModelSpec query, ModelSpec recorded) {
        List<LayerConfig> a = query.convs(), b = recorded.convs();
        if (a.size() != b.size()) {
            return "it has " + b.size() + " convs, the model has " + a.size();
        }
        int first = -1, differing = 0;
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                differing++;
                if (first < 0) first = i;
            }
        }
        LayerConfig x = a.get(first), y = b.get(first);
        String what = !x.key().equals(y.key()) ? "configuration " + y.key() + " vs " + x.key()
                : "cin " + y.cin() + " vs " + x.cin() + ", cout " + y.cout() + " vs " + x.cout();
        return differing + " of " + a.size() + " convs differ, first conv " + first + " (" + what + ", recorded vs asked)";
    }

    @Override
    public int compareTo(ModelDistance o) {
        if (sameStructure != o.sameStructure) return sameStructure ? -1 : 1;
        return Double.compare(distance, o.distance);
    }
}
