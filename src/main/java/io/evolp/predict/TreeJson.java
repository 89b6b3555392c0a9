package io.evolp.predict;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.core.ConfigKey;
import io.evolp.predict.forest.RegressionTree;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** JSON of flat regression trees and seen-key lists, shared by the forest and the boosted trees. */
final class TreeJson {

    private TreeJson() {
    }

    static void writeTrees(ArrayNode out, Collection<RegressionTree> trees) {
        for (RegressionTree t : trees) {
            ObjectNode tn = out.addObject();
            var f = tn.putArray("feature");
            for (int v : t.feature()) f.add(v);
            var v = tn.putArray("value");
            for (double d : t.value()) v.add(d);
            var r = tn.putArray("right");
            for (int d : t.right()) r.add(d);
        }
    }

    /** Reads "trees"; each tree's splits must index fewer than {@code features} features. */
    static List<RegressionTree> readTrees(JsonFields f, int features) {
        List<RegressionTree> trees = new ArrayList<>();
        List<JsonFields> items = f.elements("trees");
        if (items.isEmpty()) throw f.field("trees").fail("'trees' must not be empty");
        for (JsonFields t : items) {
            RegressionTree tree;
            try {
                tree = new RegressionTree(t.ints("feature"), t.doubles("value"), t.ints("right"));
            } catch (IllegalArgumentException e) {
                throw t.fail(e.getMessage());
            }
            if (!tree.usesOnlyFeaturesBelow(features)) throw t.field("feature").fail("feature index out of range");
            trees.add(tree);
        }
        return trees;
    }

    static void writeKeys(ArrayNode out, Set<ConfigKey> keys) {
        new TreeSet<>(keys).forEach(k -> out.add(k.label()));
    }

    static Set<ConfigKey> readKeys(JsonFields f, String name) {
        Set<ConfigKey> seen = new HashSet<>();
        for (String label : f.texts(name)) {
            try {
                seen.add(ConfigKey.parse(label));
            } catch (IllegalArgumentException e) {
                throw f.field(name).fail(e.getMessage());
            }
        }
        return seen;
    }

    /** Checks that a file's feature list is exactly {@code expected} (the trees index into it). */
    static void checkFeatures(JsonFields f, List<String> expected) {
        if (!f.texts("features").equals(expected)) {
            throw f.field("features").fail("expected features " + expected);
        }
    }
}
