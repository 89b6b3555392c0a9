package io.evolp.ui.predictors;

import java.util.List;

/**
 * A per-key chart's category label with the number of test rows behind its bars, so a bar from 3
 * rows is not read like one from 300: {@code 56/k3x3/s1x1/p1x1/dense  n=120}. Predictors tested on
 * different splits can have different counts per key: then all distinct counts are listed.
 */
final class KeyLabels {

    private KeyLabels() {
    }

    static String withN(String key, List<Integer> counts) {
        List<String> distinct = counts.stream().distinct().map(String::valueOf).toList();
        return distinct.isEmpty() ? key : key + "  n=" + String.join("/", distinct);
    }
}
