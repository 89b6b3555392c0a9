package io.evolp.project;

import io.evolp.core.InputProblem;
import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.io.project.ProjectFile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a layer dataset to and from the column form a project embeds ({@link ProjectFile.Columns}):
 * same rows, same latency bits, same source lines and extra columns after a round trip.
 */
final class DatasetColumns {

    private DatasetColumns() {
    }

    static ProjectFile.Columns toFile(LayerDataset ds) {
        int n = ds.size();
        int[][] ints = new int[11][n];
        boolean[] bias = new boolean[n];
        double[] latency = new double[n];
        for (int r = 0; r < n; r++) {
            LayerConfig k = ds.config(r);
            int[] v = {k.inputSize(), k.cin(), k.cout(), k.kh(), k.kw(), k.sh(), k.sw(), k.ph(), k.pw(), k.groups(), ds.sourceLine(r)};
            for (int c = 0; c < v.length; c++) ints[c][r] = v[c];
            bias[r] = k.bias();
            latency[r] = ds.latency(r);
        }
        LinkedHashMap<String, List<String>> extras = new LinkedHashMap<>();
        List<String> names = ds.extraColumns();
        for (int c = 0; c < names.size(); c++) {
            List<String> col = new ArrayList<>(n);
            for (int r = 0; r < n; r++) col.add(ds.extra(r, c));
            extras.put(names.get(c), col);
        }
        return new ProjectFile.Columns(ds.device(), n, ints[0], ints[1], ints[2], ints[3], ints[4], ints[5], ints[6],
                ints[7], ints[8], ints[9], ints[10], bias, latency, extras);
    }

    /** @throws IllegalArgumentException naming the column that does not have {@code rows} values, or a bad row */
    static LayerDataset fromFile(ProjectFile.Columns c) {
        int n = c.rows();
        if (n < 0) throw new IllegalArgumentException("embedded dataset: \"rows\" must not be negative");
        Map<String, Integer> lengths = new LinkedHashMap<>();
        lengths.put("input_size", c.inputSize().length);
        lengths.put("cin", c.cin().length);
        lengths.put("cout", c.cout().length);
        lengths.put("kh", c.kh().length);
        lengths.put("kw", c.kw().length);
        lengths.put("sh", c.sh().length);
        lengths.put("sw", c.sw().length);
        lengths.put("ph", c.ph().length);
        lengths.put("pw", c.pw().length);
        lengths.put("groups", c.groups().length);
        lengths.put("line", c.line().length);
        lengths.put("bias", c.bias().length);
        lengths.put("latency", c.latency().length);
        Map<String, List<String>> extras = c.extras() == null ? Map.of() : c.extras();
        extras.forEach((name, col) -> lengths.put("extras." + name, col == null ? -1 : col.size()));
        lengths.forEach((name, len) -> {
            if (len != n) throw new IllegalArgumentException("embedded dataset column \"" + name + "\" has "
                    + Math.max(len, 0) + " values, expected " + n + " (\"rows\")");
        });
        List<String> names = List.copyOf(extras.keySet());
        LayerDataset.Builder b = LayerDataset.builder(c.device(), names);
        for (int r = 0; r < n; r++) {
            LayerConfig config;
            try {
                config = new LayerConfig(c.inputSize()[r], c.cin()[r], c.cout()[r], c.kh()[r], c.kw()[r], c.sh()[r],
                        c.sw()[r], c.ph()[r], c.pw()[r], c.bias()[r], c.groups()[r]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("embedded dataset row " + (r + 1) + ": " + e.getMessage(), e);
            }
            double latency = c.latency()[r];
            if (!(latency > 0) || Double.isInfinite(latency)) {
                throw new IllegalArgumentException("embedded dataset row " + (r + 1) + ": latency must be a positive number of ms, was " + latency);
            }
            String[] extraCells = null;
            if (!names.isEmpty()) {
                extraCells = new String[names.size()];
                for (int k = 0; k < extraCells.length; k++) extraCells[k] = extras.get(names.get(k)).get(r);
            }
            b.add(config, latency, c.line()[r], extraCells);
        }
        return b.build();
    }

    static List<ProjectFile.Problem> problemsToFile(List<InputProblem> problems) {
        return problems.stream().map(p -> new ProjectFile.Problem(p.file(), p.line(), p.column(), p.columnName(), p.message()))
                .toList();
    }

    static List<InputProblem> problemsFromFile(List<ProjectFile.Problem> problems) {
        if (problems == null) return List.of();
        return problems.stream().map(p -> new InputProblem(p.file(), p.line(), p.column(), p.columnName(), p.message()))
                .toList();
    }
}
