package io.evolp.predict;

import io.evolp.core.ConfigKey;
import io.evolp.io.predictor.PredictorFile;
import io.evolp.predict.features.LayerFeatures;
import io.evolp.predict.features.LogLinear;
import io.evolp.predict.forest.RandomForest;
import io.evolp.predict.forest.RegressionTree;
import io.evolp.predict.gbt.GbtModel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Trees, seen keys and cross-validation rows ↔ their DTOs, shared by forest, gbt, evolp, hybrid and auto. */
final class TreeMapper {

    static final String TARGET = "log_latency_ms";

    private TreeMapper() {
    }

    static PredictorFile.Trees gbt(GbtPredictor g) {
        LogLinear law = g.scale();
        PredictorFile.Scale scale = law == null ? null
                : new PredictorFile.Scale(LogLinear.NAMES, law.intercept(), KeyModelMapper.boxed(law.coefficients()));
        return new PredictorFile.Trees(LayerFeatures.NAMES, LayerFeatures.VERSION, TARGET, labels(g.seenKeys()),
                g.model().base(), trees(g.model().trees()), scale);
    }

    static PredictorFile.Trees forest(ForestPredictor f) {
        return new PredictorFile.Trees(f.legacy() ? ForestPredictor.LEGACY_FEATURES : LayerFeatures.NAMES,
                f.legacy() ? null : LayerFeatures.VERSION, TARGET, labels(f.seenKeys()), null, trees(f.forest().trees()));
    }

    static GbtPredictor gbt(String device, PredictorFile.Trees t, At at) {
        int count = checkFeatures(t, at);
        Set<ConfigKey> seen = keys(t, at);
        double base = at.need(t.base(), "base");
        return new GbtPredictor(device, new GbtModel(base, trees(t, at, count)), seen, scale(t.scale(), at));
    }

    /** The optional power law under gbt trees: its feature names must be {@link LogLinear#NAMES}. */
    private static LogLinear scale(PredictorFile.Scale s, At at) {
        if (s == null) return null;
        At sa = at.field("scale");
        if (!LogLinear.NAMES.equals(sa.need(s.features(), "features"))) {
            throw sa.field("features").fail("expected features " + LogLinear.NAMES);
        }
        double[] c = sa.doubles(s.coefficients(), "coefficients", LogLinear.NAMES.size());
        return new LogLinear(sa.need(s.intercept(), "intercept"), c);
    }

    static ForestPredictor forest(String device, PredictorFile.Trees t, At at) {
        boolean legacy = ForestPredictor.LEGACY_FEATURES.equals(at.need(t.features(), "features"));
        int count = legacy ? ForestPredictor.LEGACY_FEATURES.size() : checkFeatures(t, at);
        Set<ConfigKey> seen = keys(t, at);
        return new ForestPredictor(device, new RandomForest(trees(t, at, count)), seen, legacy);
    }

    static List<PredictorFile.CvRow> cv(List<CvRow> rows) {
        List<PredictorFile.CvRow> out = new ArrayList<>();
        for (CvRow r : rows) out.add(new PredictorFile.CvRow(r.candidate(), r.mape(), r.acc10()));
        return out;
    }

    static List<CvRow> cv(List<PredictorFile.CvRow> rows, At at) {
        List<CvRow> out = new ArrayList<>();
        At list = at.field("cv");
        at.need(rows, "cv");
        for (int i = 0; i < rows.size(); i++) {
            At item = list.index(i);
            PredictorFile.CvRow r = at.need(rows.get(i), "cv");
            out.add(new CvRow(item.need(r.candidate(), "candidate"), item.need(r.mape(), "mape"),
                    item.need(r.acc10(), "acc10")));
        }
        return List.copyOf(out);
    }

    /** Seen keys as sorted labels, as every file with {@code seen_keys} writes them. */
    static List<String> labels(Set<ConfigKey> keys) {
        List<String> out = new ArrayList<>();
        new TreeSet<>(keys).forEach(k -> out.add(k.label()));
        return out;
    }

    private static List<PredictorFile.Tree> trees(Collection<RegressionTree> trees) {
        List<PredictorFile.Tree> out = new ArrayList<>();
        for (RegressionTree t : trees) {
            out.add(new PredictorFile.Tree(ints(t.feature()), KeyModelMapper.boxed(t.value()), ints(t.right())));
        }
        return out;
    }

    /** Each tree's splits must index fewer than {@code features} features. */
    private static List<RegressionTree> trees(PredictorFile.Trees t, At at, int features) {
        List<PredictorFile.Tree> items = at.need(t.trees(), "trees");
        if (items.isEmpty()) throw at.field("trees").fail("'trees' must not be empty");
        List<RegressionTree> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            At ti = at.field("trees").index(i);
            PredictorFile.Tree dto = at.need(items.get(i), "trees");
            RegressionTree tree;
            try {
                tree = new RegressionTree(ti.ints(dto.feature(), "feature"), ti.doubles(dto.value(), "value"),
                        ti.ints(dto.right(), "right"));
            } catch (IllegalArgumentException e) {
                throw ti.fail(e.getMessage());
            }
            if (!tree.usesOnlyFeaturesBelow(features)) throw ti.field("feature").fail("feature index out of range");
            out.add(tree);
        }
        return out;
    }

    private static List<Integer> ints(int[] v) {
        List<Integer> out = new ArrayList<>(v.length);
        for (int x : v) out.add(x);
        return out;
    }

    private static Set<ConfigKey> keys(PredictorFile.Trees t, At at) {
        return keys(t.seenKeys(), at);
    }

    /** The {@code seen_keys} labels of the object at {@code at}, each parsed; a bad one is named there. */
    static Set<ConfigKey> keys(List<String> labels, At at) {
        Set<ConfigKey> seen = new HashSet<>();
        for (String label : at.need(labels, "seen_keys")) {
            try {
                seen.add(ConfigKey.parse(at.need(label, "seen_keys")));
            } catch (IllegalArgumentException e) {
                throw at.field("seen_keys").fail(e.getMessage());
            }
        }
        return seen;
    }

    /**
     * A file's feature list must be {@link LayerFeatures#NAMES} or the prefix an earlier feature
     * version wrote (features are only appended, so its trees index the same features); returns its length.
     */
    private static int checkFeatures(PredictorFile.Trees t, At at) {
        List<String> names = at.need(t.features(), "features");
        if (!LayerFeatures.readable(names)) {
            throw at.field("features").fail("expected features " + LayerFeatures.NAMES + " (or their first "
                    + LayerFeatures.VERSION1_COUNT + ", feature version 1)");
        }
        return names.size();
    }
}
