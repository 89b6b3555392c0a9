package io.evolp.predict;

import io.evolp.io.FieldProblem;

import java.util.List;

/**
 * Where a mapper is in a predictor file (a JSON pointer), so that what it refuses is reported at
 * the right field. A missing field is reported at the object that should hold it.
 */
final class At {

    private final String pointer;

    private At(String pointer) {
        this.pointer = pointer;
    }

    static At root() {
        return new At("");
    }

    static At of(String pointer) {
        return new At(pointer);
    }

    String pointer() {
        return pointer;
    }

    At field(String name) {
        return new At(FieldProblem.child(pointer, name));
    }

    At index(int i) {
        return new At(pointer + "/" + i);
    }

    FieldProblem fail(String message) {
        return new FieldProblem(pointer, message);
    }

    /** {@code value}, which the object here must hold as {@code name}. */
    <T> T need(T value, String name) {
        if (value == null) throw fail("missing field '" + name + "'");
        return value;
    }

    double[] doubles(List<? extends Number> v, String name, int expectedLength) {
        double[] out = doubles(v, name);
        if (out.length != expectedLength) {
            throw field(name).fail("'" + name + "' must have " + expectedLength + " numbers, found " + out.length);
        }
        return out;
    }

    double[] doubles(List<? extends Number> v, String name) {
        need(v, name);
        double[] out = new double[v.size()];
        for (int i = 0; i < out.length; i++) {
            Number n = v.get(i);
            if (n == null) throw field(name).index(i).fail("'" + name + "' must hold numbers");
            out[i] = n.doubleValue();
        }
        return out;
    }

    int[] ints(List<? extends Number> v, String name) {
        need(v, name);
        int[] out = new int[v.size()];
        for (int i = 0; i < out.length; i++) {
            Number n = v.get(i);
            if (!(n instanceof Integer)) throw field(name).index(i).fail("'" + name + "' must hold integers");
            out[i] = n.intValue();
        }
        return out;
    }
}
