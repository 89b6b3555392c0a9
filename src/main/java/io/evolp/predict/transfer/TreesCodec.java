package io.evolp.predict.transfer;

import io.evolp.io.FieldProblem;
import io.evolp.io.predictor.PredictorFile;
import io.evolp.predict.forest.RegressionTree;
import io.evolp.predict.gbt.GbtModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Boosted trees of a transfer predictor ↔ the file's {@code residual} tree fields. */
final class TreesCodec {

    private TreesCodec() {
    }

    static PredictorFile.Trees write(GbtModel m, List<String> features, String target) {
        List<PredictorFile.Tree> out = new ArrayList<>();
        for (RegressionTree t : m.trees()) {
            out.add(new PredictorFile.Tree(Arrays.stream(t.feature()).boxed().toList(),
                    Arrays.stream(t.value()).boxed().toList(), Arrays.stream(t.right()).boxed().toList()));
        }
        return new PredictorFile.Trees(features, io.evolp.predict.features.LayerFeatures.VERSION, target, null, m.base(), out);
    }

    /** @param pointer JSON pointer of the trees object, for problems */
    static GbtModel read(PredictorFile.Trees t, List<String> expectedFeatures, String pointer) {
        if (t.features() == null || !t.features().equals(expectedFeatures)) {
            throw new FieldProblem(FieldProblem.child(pointer, "features"), "'features' must be " + expectedFeatures);
        }
        if (t.base() == null || !Double.isFinite(t.base())) {
            throw new FieldProblem(FieldProblem.child(pointer, "base"), "missing or non-finite 'base'");
        }
        if (t.trees() == null) throw new FieldProblem(pointer, "missing field 'trees'");
        List<RegressionTree> trees = new ArrayList<>();
        for (int i = 0; i < t.trees().size(); i++) {
            String at = FieldProblem.child(pointer, "trees") + "/" + i;
            PredictorFile.Tree d = t.trees().get(i);
            try {
                RegressionTree rt = new RegressionTree(ints(d.feature()), doubles(d.value()), ints(d.right()));
                if (!rt.usesOnlyFeaturesBelow(expectedFeatures.size())) throw new IllegalArgumentException("a split names an unknown feature");
                trees.add(rt);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new FieldProblem(at, "invalid tree: " + (e.getMessage() == null ? "missing arrays" : e.getMessage()));
            }
        }
        return new GbtModel(t.base(), trees);
    }

    private static int[] ints(List<Integer> v) {
        return v.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double[] doubles(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
