package io.evolp.io.onnx;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Output shapes of the operators a CNN is built from, so every conv's input size is known without
 * running the model. Dimensions are -1 when unknown. Operators outside {@link #supports} are listed
 * by the importer; their outputs get a shape only if the file declares one (value_info).
 */
final class ShapeInference {

    /** Output has the first input's shape. */
    private static final Set<String> SAME_SHAPE = Set.of("BatchNormalization", "Relu", "LeakyRelu", "PRelu", "Clip",
            "Sigmoid", "HardSigmoid", "HardSwish", "Tanh", "Elu", "Selu", "Celu", "Softplus", "Softsign", "Gelu",
            "Erf", "Dropout", "Identity", "Softmax", "LogSoftmax", "Cast", "Neg", "Abs", "Sqrt", "Exp", "Log",
            "Reciprocal", "LRN", "InstanceNormalization", "LayerNormalization", "Mish", "Swish");
    /** Numpy-broadcasting elementwise operators. */
    private static final Set<String> BROADCAST = Set.of("Add", "Sub", "Mul", "Div", "Max", "Min", "Sum", "Mean", "Pow");
    private static final Set<String> OTHERS = Set.of("Conv", "MaxPool", "AveragePool", "LpPool", "GlobalAveragePool",
            "GlobalMaxPool", "GlobalLpPool", "Concat", "Flatten", "Gemm", "MatMul", "Reshape", "Constant",
            "ReduceMean", "ReduceMax", "Squeeze", "Unsqueeze", "Shape");

    private ShapeInference() {
    }

    static boolean supports(String op) {
        return SAME_SHAPE.contains(op) || BROADCAST.contains(op) || OTHERS.contains(op);
    }

    /**
     * Shape of the node's first output, or null when it cannot be inferred (unknown inputs or an
     * unsupported form).
     */
    static long[] infer(ParsedGraph.Node n, Function<String, long[]> shapeOf, Map<String, ParsedGraph.Tensor> consts) {
        String op = n.opType();
        List<String> in = n.inputs();
        long[] x = in.isEmpty() || in.get(0).isEmpty() ? null : shapeOf.apply(in.get(0));
        if (SAME_SHAPE.contains(op)) return x;
        if (BROADCAST.contains(op)) return broadcast(in, shapeOf);
        switch (op) {
            case "Conv": {
                long[] w = in.size() > 1 ? shapeOf.apply(in.get(1)) : null;
                if (x == null || w == null || x.length != 4 || w.length != 4) return null;
                long[] k = n.ints("kernel_shape") != null ? n.ints("kernel_shape") : new long[]{w[2], w[3]};
                return new long[]{x[0], w[0], spatial(n, x[2], k[0], 0), spatial(n, x[3], k[1], 1)};
            }
            case "MaxPool", "AveragePool", "LpPool": {
                long[] k = n.ints("kernel_shape");
                if (x == null || x.length != 4 || k == null || k.length != 2) return null;
                return new long[]{x[0], x[1], spatial(n, x[2], k[0], 0), spatial(n, x[3], k[1], 1)};
            }
            case "GlobalAveragePool", "GlobalMaxPool", "GlobalLpPool":
                return x == null || x.length < 3 ? null : keepFirstTwo(x);
            case "Concat": {
                if (x == null) return null;
                int axis = axis(n.i("axis", 1), x.length);
                long[] out = x.clone();
                long sum = 0;
                for (String t : in) {
                    long[] s = shapeOf.apply(t);
                    if (s == null || s.length != x.length || s[axis] < 0) return null;
                    sum += s[axis];
                }
                out[axis] = sum;
                return out;
            }
            case "Flatten": {
                if (x == null) return null;
                int axis = axis(n.i("axis", 1), x.length);
                return new long[]{product(x, 0, axis), product(x, axis, x.length)};
            }
            case "Gemm": {
                long[] b = in.size() > 1 ? shapeOf.apply(in.get(1)) : null;
                if (x == null || b == null || x.length != 2 || b.length != 2) return null;
                long rows = n.i("transA", 0) == 0 ? x[0] : x[1];
                long cols = n.i("transB", 0) == 0 ? b[1] : b[0];
                return new long[]{rows, cols};
            }
            case "MatMul": {
                long[] b = in.size() > 1 ? shapeOf.apply(in.get(1)) : null;
                if (x == null || b == null || x.length < 2 || b.length != 2) return null;
                long[] out = x.clone();
                out[out.length - 1] = b[1];
                return out;
            }
            case "Reshape":
                return reshape(x, in.size() > 1 ? consts.get(in.get(1)) : null);
            case "Constant": {
                ParsedGraph.Attr v = n.attributes().get("value");
                return v == null || v.t() == null ? null : v.t().dims();
            }
            case "ReduceMean", "ReduceMax":
                return reduce(n, x);
            case "Shape":
                return x == null ? null : new long[]{x.length};
            case "Squeeze", "Unsqueeze":
                return squeeze(op.equals("Unsqueeze"), x, axesOf(n, consts));
            default:
                return null;
        }
    }

    /** Output size along spatial axis {@code a} (0 = H, 1 = W) of a conv or pool. */
    static long spatial(ParsedGraph.Node n, long size, long k, int a) {
        if (size < 0) return -1;
        long s = at(n.ints("strides"), a, 1);
        long d = at(n.ints("dilations"), a, 1);
        long effective = (k - 1) * d + 1;
        String autoPad = n.s("auto_pad", "NOTSET").toUpperCase(Locale.ROOT);
        if (autoPad.startsWith("SAME")) return (size + s - 1) / s;
        long pad = autoPad.equals("VALID") ? 0 : at(n.ints("pads"), a, 0) + at(n.ints("pads"), a + 2, 0);
        long span = size + pad - effective;
        if (span < 0) return -1;
        boolean ceil = n.i("ceil_mode", 0) != 0;
        return (ceil ? (span + s - 1) / s : span / s) + 1;
    }

    static long at(long[] v, int i, long fallback) {
        return v == null || i >= v.length ? fallback : v[i];
    }

    private static long[] broadcast(List<String> in, Function<String, long[]> shapeOf) {
        long[] out = null;
        for (String t : in) {
            long[] s = shapeOf.apply(t);
            if (s == null) return null;
            if (out == null) {
                out = s.clone();
                continue;
            }
            int rank = Math.max(out.length, s.length);
            long[] merged = new long[rank];
            for (int i = 0; i < rank; i++) {
                long a = dimFromEnd(out, rank - 1 - i), b = dimFromEnd(s, rank - 1 - i);
                merged[i] = a == 1 ? b : b == 1 ? a : a < 0 ? b : a;
            }
            out = merged;
        }
        return out;
    }

    private static long dimFromEnd(long[] s, int fromEnd) {
        int i = s.length - 1 - fromEnd;
        return i < 0 ? 1 : s[i];
    }

    private static long[] reshape(long[] x, ParsedGraph.Tensor target) {
        if (x == null || target == null || target.longs() == null) return null;
        long[] out = target.longs().clone();
        long known = 1;
        int infer = -1;
        for (int i = 0; i < out.length; i++) {
            if (out[i] == 0 && i < x.length) out[i] = x[i];
            if (out[i] == -1) infer = i;
            else known *= out[i];
        }
        if (infer >= 0) {
            long total = product(x, 0, x.length);
            out[infer] = total < 0 || known <= 0 ? -1 : total / known;
        }
        return out;
    }

    private static long[] reduce(ParsedGraph.Node n, long[] x) {
        long[] axes = n.ints("axes");
        if (x == null || axes == null) return null;
        boolean keep = n.i("keepdims", 1) != 0;
        boolean[] reduced = new boolean[x.length];
        for (long a : axes) reduced[axis(a, x.length)] = true;
        return Arrays.stream(indices(x.length)).filter(i -> keep || !reduced[i])
                .mapToLong(i -> reduced[i] ? 1 : x[i]).toArray();
    }

    private static int[] indices(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) r[i] = i;
        return r;
    }

    /** Axes from the attribute (opset < 13) or the second input (opset 13+); null when absent. */
    private static long[] axesOf(ParsedGraph.Node n, Map<String, ParsedGraph.Tensor> consts) {
        if (n.ints("axes") != null) return n.ints("axes");
        ParsedGraph.Tensor t = n.inputs().size() > 1 ? consts.get(n.inputs().get(1)) : null;
        return t == null ? null : t.longs();
    }

    private static long[] squeeze(boolean unsqueeze, long[] x, long[] axes) {
        if (x == null) return null;
        if (unsqueeze) {
            if (axes == null) return null;
            int rank = x.length + axes.length;
            boolean[] inserted = new boolean[rank];
            for (long a : axes) inserted[axis(a, rank)] = true;
            long[] out = new long[rank];
            for (int i = 0, j = 0; i < rank; i++) out[i] = inserted[i] ? 1 : x[j++];
            return out;
        }
        boolean[] removed = new boolean[x.length];
        if (axes == null) {
            for (int i = 0; i < x.length; i++) removed[i] = x[i] == 1;
        } else {
            for (long a : axes) removed[axis(a, x.length)] = true;
        }
        return Arrays.stream(indices(x.length)).filter(i -> !removed[i]).mapToLong(i -> x[i]).toArray();
    }

    private static long[] keepFirstTwo(long[] x) {
        long[] out = new long[x.length];
        Arrays.fill(out, 1);
        out[0] = x[0];
        out[1] = x[1];
        return out;
    }

    private static int axis(long a, int rank) {
        return (int) (a < 0 ? a + rank : a);
    }

    private static long product(long[] x, int from, int to) {
        long p = 1;
        for (int i = from; i < to; i++) {
            if (x[i] < 0) return -1;
            p *= x[i];
        }
        return p;
    }
}
