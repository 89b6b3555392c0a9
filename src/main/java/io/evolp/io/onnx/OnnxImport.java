package io.evolp.io.onnx;

import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an {@code .onnx} file into an explicit conv list: every 2-D Conv in graph order with its
 * input size from shape propagation (graph input shapes, then operator by operator; declared
 * value_info shapes fill in behind operators the importer does not know), plus the BN γ that follows
 * each conv. Unknown operators are listed, not fatal; only unreadable bytes or a graph without a
 * single usable conv are.
 */
public final class OnnxImport {

    private OnnxImport() {
    }

    /**
     * @throws InvalidInputException naming the file (and the byte offset for corrupt or truncated
     *                               bytes) when nothing usable can be read
     */
    public static OnnxImportResult read(Path file) {
        String label = file.toString();
        byte[] bytes;
        try {
            bytes = io.evolp.io.InputFiles.readBytes(file, io.evolp.io.InputLimits.maxBinaryBytes(), "ONNX model");
        } catch (IOException e) {
            throw invalid(label, "cannot read: " + e.getMessage());
        }
        String base = file.getFileName() == null ? "model" : file.getFileName().toString().replaceFirst("\\.onnx$", "");
        return read(bytes, label, base);
    }

    /** @param label file name for messages; @param fallbackName model name when the graph has none */
    public static OnnxImportResult read(byte[] bytes, String label, String fallbackName) {
        if (bytes.length == 0) throw invalid(label, "empty file");
        ParsedGraph g;
        try {
            g = OnnxGraphReader.read(bytes);
        } catch (ProtoException e) {
            throw invalid(label, "not a valid ONNX (protobuf) file, corrupt or truncated at " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw invalid(label, e.getMessage());
        }
        return new Walk(g, label).run(g.name().isBlank() ? fallbackName : g.name());
    }

    private static InvalidInputException invalid(String file, String message) {
        return new InvalidInputException(new InputProblem(file, 0, 0, null, message));
    }

    /** One pass over the nodes in file order (ONNX requires topological order). */
    private static final class Walk {
        private final ParsedGraph g;
        private final String file;
        private final Map<String, long[]> shapes = new HashMap<>();
        private final Map<String, ParsedGraph.Tensor> consts = new HashMap<>();
        private final Map<String, Integer> convByOutput = new HashMap<>();
        private final List<LayerConfig> convs = new ArrayList<>();
        private final Map<String, double[]> gammas = new LinkedHashMap<>();
        private final Set<String> unsupported = new LinkedHashSet<>();
        private final List<InputProblem> problems = new ArrayList<>();

        Walk(ParsedGraph g, String file) {
            this.g = g;
            this.file = file;
            consts.putAll(g.initializers());
            for (ParsedGraph.Tensor t : g.initializers().values()) shapes.put(t.name(), t.dims());
            for (String in : g.inputs()) {
                if (!shapes.containsKey(in) && g.valueShapes().get(in) != null) shapes.put(in, g.valueShapes().get(in));
            }
        }

        OnnxImportResult run(String name) {
            int skippedConvs = 0;
            for (ParsedGraph.Node n : g.nodes()) {
                if (!ShapeInference.supports(n.opType())) unsupported.add(n.opType());
                if (n.opType().equals("Constant")) constant(n);
                if (n.opType().equals("Conv") && !conv(n)) skippedConvs++;
                if (n.opType().equals("BatchNormalization")) gamma(n);
                long[] out = ShapeInference.supports(n.opType()) ? ShapeInference.infer(n, shapes::get, consts) : null;
                for (int i = 0; i < n.outputs().size(); i++) {
                    String o = n.outputs().get(i);
                    long[] s = i == 0 && out != null ? out : g.valueShapes().get(o);
                    if (s != null) shapes.put(o, s);
                }
            }
            if (convs.isEmpty()) {
                throw new InvalidInputException(new InputProblem(file, 0, 0, null, "no usable 2-D Conv layer found"
                        + (skippedConvs > 0 ? " (" + skippedConvs + " convs left out: " + problems.get(0).message() + ")" : "")
                        + (unsupported.isEmpty() ? "" : "; unsupported operators: " + String.join(", ", unsupported))));
            }
            int withoutBn = convs.size() - gammas.size();
            if (withoutBn > 0) {
                problem(null, withoutBn + " of " + convs.size() + " convs are not followed by a BatchNormalization, so"
                        + " they have no γ (channel importance); BN folded into the conv at export time does this");
            }
            ModelSpec model = new ModelSpec(name, null, null, convs, null, gammas);
            return new OnnxImportResult(model, gammas, List.copyOf(unsupported), problems);
        }

        private void constant(ParsedGraph.Node n) {
            ParsedGraph.Attr v = n.attributes().get("value");
            if (v != null && v.t() != null && !n.outputs().isEmpty()) consts.put(n.outputs().get(0), v.t());
        }

        /** Adds the conv to the list; false (with a problem) when it cannot be described. */
        private boolean conv(ParsedGraph.Node n) {
            long[] x = shapes.get(n.inputs().get(0));
            long[] w = n.inputs().size() > 1 ? shapes.get(n.inputs().get(1)) : null;
            if (w == null || w.length != 4) return skip(n, "weights are not a 4-D tensor of known shape (only 2-D convs are supported)");
            if (x == null || x.length != 4 || x[1] < 0 || x[2] < 0 || x[3] < 0) {
                return skip(n, "input shape unknown"
                        + (unsupported.isEmpty() ? "" : " (behind unsupported operators " + String.join(", ", unsupported) + ")"));
            }
            long groups = n.i("group", 1);
            long[] k = n.ints("kernel_shape") != null ? n.ints("kernel_shape") : new long[]{w[2], w[3]};
            long sh = ShapeInference.at(n.ints("strides"), 0, 1), sw = ShapeInference.at(n.ints("strides"), 1, 1);
            long[] pad = pads(n, x, k, sh, sw);
            long[] dil = n.ints("dilations");
            if (dil != null && (dil[0] != 1 || (dil.length > 1 && dil[1] != 1))) {
                problem(n, "dilation " + java.util.Arrays.toString(dil) + " is ignored (EvoLP layers are undilated)");
            }
            if (x[2] != x[3]) problem(n, "input " + x[2] + "x" + x[3] + " is not square; using height " + x[2]);
            boolean bias = n.inputs().size() > 2 && !n.inputs().get(2).isEmpty();
            int cin = (int) x[1], cout = (int) w[0];
            String why = LayerConfig.problem((int) x[2], cin, cout, (int) k[0], (int) k[1], (int) sh, (int) sw,
                    (int) pad[0], (int) pad[1], (int) groups);
            if (why != null) return skip(n, why);
            if (w[1] * groups != cin) problem(n, "weights expect " + w[1] * groups + " input channels, input has " + cin);
            convByOutput.put(n.outputs().get(0), convs.size());
            convs.add(new LayerConfig((int) x[2], cin, cout, (int) k[0], (int) k[1], (int) sh, (int) sw,
                    (int) pad[0], (int) pad[1], bias, (int) groups));
            return true;
        }

        /** Symmetric (ph, pw); asymmetric or SAME padding is averaged, with a problem when that rounds. */
        private long[] pads(ParsedGraph.Node n, long[] x, long[] k, long sh, long sw) {
            String autoPad = n.s("auto_pad", "NOTSET");
            long[] total = new long[2];
            long[] s = {sh, sw};
            for (int a = 0; a < 2; a++) {
                if (autoPad.startsWith("SAME")) {
                    long in = x[2 + a], out = (in + s[a] - 1) / s[a];
                    total[a] = Math.max((out - 1) * s[a] + k[a] - in, 0);
                } else if (!autoPad.equals("VALID")) {
                    long[] p = n.ints("pads");
                    total[a] = ShapeInference.at(p, a, 0) + ShapeInference.at(p, a + 2, 0);
                    if (ShapeInference.at(p, a, 0) != ShapeInference.at(p, a + 2, 0) && total[a] % 2 == 0) {
                        continue; // asymmetric but even in total: same output size as the symmetric form
                    }
                }
                if (total[a] % 2 != 0) problem(n, "asymmetric padding on axis " + a + " recorded as " + total[a] / 2 + " per side");
            }
            return new long[]{total[0] / 2, total[1] / 2};
        }

        private void gamma(ParsedGraph.Node n) {
            Integer conv = n.inputs().isEmpty() ? null : convByOutput.get(n.inputs().get(0));
            if (conv == null || n.inputs().size() < 2) return;
            ParsedGraph.Tensor scale = consts.get(n.inputs().get(1));
            if (scale == null || scale.floats() == null) {
                problem(n, "γ of conv " + conv + " is not a FLOAT tensor stored in the file; left out");
                return;
            }
            double[] v = new double[scale.floats().length];
            for (int i = 0; i < v.length; i++) v[i] = scale.floats()[i];
            gammas.put(String.valueOf(conv), v);
        }

        private boolean skip(ParsedGraph.Node n, String why) {
            problem(n, "conv left out: " + why);
            return false;
        }

        private void problem(ParsedGraph.Node n, String message) {
            String where = n == null ? "" : n.label() + " (byte offset " + n.offset() + "): ";
            problems.add(new InputProblem(file, 0, 0, null, where + message));
        }
    }
}
