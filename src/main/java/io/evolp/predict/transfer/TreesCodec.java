package io.evolp.predict.transfer;

import io.evolp.io.FieldProblem;
import io.evolp.io.predictor.PredictorFile;
import io.evolp.predict.features.LogLinear;
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
        return write(m, features, target, null);
    }

    /** @param law a power law under the trees (written as the optional {@code scale}), or null */
    static PredictorFile.Trees write(GbtModel m, List<String> features, String target, LogLinear law) {
        List<PredictorFile.Tree> out = new ArrayList<>();
        for (RegressionTree t : m.trees()) {
            out.add(new PredictorFile.Tree(Arrays.stream(t.feature()).boxed().toList(),
                    Arrays.stream(t.value()).boxed().toList(), Arrays.stream(t.right()).boxed().toList()));
        }
        PredictorFile.Scale scale = law == null ? null : scale(law);
        return new PredictorFile.Trees(features, io.evolp.predict.features.LayerFeatures.VERSION, target, null, m.base(), out, scale);
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

    /** The power law under the trees; {@code pointer} is the trees object's. */
    static LogLinear readLaw(PredictorFile.Trees t, String pointer) {
        if (t.scale() == null) throw new FieldProblem(pointer, "missing field 'scale' (the power law under the trees)");
        return readLaw(t.scale(), FieldProblem.child(pointer, "scale"));
    }

    /** A power law of the layer sizes; {@code at} is the JSON pointer of the {@code scale} object itself. */
    static LogLinear readLaw(PredictorFile.Scale s, String at) {
        if (!LogLinear.NAMES.equals(s.features())) throw new FieldProblem(FieldProblem.child(at, "features"), "'features' must be " + LogLinear.NAMES);
        if (s.intercept() == null || !Double.isFinite(s.intercept())) {
            throw new FieldProblem(FieldProblem.child(at, "intercept"), "missing or non-finite 'intercept'");
        }
        List<Double> c = s.coefficients();
        if (c == null || c.size() != LogLinear.NAMES.size() || c.stream().anyMatch(v -> v == null || !Double.isFinite(v))) {
            throw new FieldProblem(FieldProblem.child(at, "coefficients"), "'coefficients' must be " + LogLinear.NAMES.size() + " finite numbers");
        }
        return new LogLinear(s.intercept(), doubles(c));
    }

    /** The file form of a power law of the layer sizes. */
    static PredictorFile.Scale scale(LogLinear law) {
        return new PredictorFile.Scale(LogLinear.NAMES, law.intercept(), Arrays.stream(law.coefficients()).boxed().toList());
    }

    private static int[] ints(List<Integer> v) {
        return v.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double[] doubles(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
