package io.evolp.io;

import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads layer-dataset CSV files in the EvoLP layout (DESIGN §3) and sampling plans (the same layout
 * without latency).
 *
 * <p>Every row is validated and every problem reported with file, line, column and what was
 * expected; valid rows are always kept. Bad rows never throw — only I/O errors do. The parser works
 * on bytes (no regex, no per-line split), so a million rows load in well under a second.
 *
 * <p>Device name: the file's {@code device} column if it has one (the column is also kept as an
 * extra column, so the writer writes it back), else the {@code device} argument, else the file name
 * without extension.
 */
public final class DatasetCsvReader {

    public static final int DEFAULT_MAX_PROBLEMS = 200;

    private DatasetCsvReader() {
    }

    /** @param device device name to use when the file has no device column; may be null */
    public static DatasetLoadResult read(Path file, String device) throws IOException {
        try (InputStream in = InputFiles.open(file, InputLimits.maxCsvBytes(), "dataset CSV")) {
            return read(in, file.toString(), device, DEFAULT_MAX_PROBLEMS);
        }
    }

    /** @param fileName name used in problems and as the last-resort device name; may be null */
    public static DatasetLoadResult read(InputStream in, String fileName, String device) throws IOException {
        return read(in, fileName, device, DEFAULT_MAX_PROBLEMS);
    }

    /** As {@link #read(InputStream, String, String)} with a custom problem cap. */
    public static DatasetLoadResult read(InputStream in, String fileName, String device, int maxProblems)
            throws IOException {
        ProblemList problems = new ProblemList(fileName, maxProblems);
        DatasetCsvParser parser = new DatasetCsvParser(in, problems, true);
        String fallback = fallbackDevice(device, fileName);
        LayerDataset.Builder[] builder = new LayerDataset.Builder[1];
        parser.parse((config, latency, line, extras) -> {
            if (builder[0] == null) {
                String fromColumn = parser.deviceFromColumn();
                builder[0] = LayerDataset.builder(fromColumn != null ? fromColumn : fallback, parser.extraColumns());
            }
            builder[0].add(config, latency, line, extras);
        });
        String finalDevice = parser.deviceFromColumn() != null ? parser.deviceFromColumn() : fallback;
        LayerDataset ds = builder[0] != null ? builder[0].build()
                : LayerDataset.builder(finalDevice, parser.extraColumns()).build();
        // Rare: the first valid rows had an empty device cell and a later row named the device.
        if (!ds.device().equals(finalDevice)) ds = ds.withDevice(finalDevice);
        return new DatasetLoadResult(ds, problems.kept(), problems.total());
    }

    /**
     * Reads a sampling plan: the dataset layout, latency optional (ignored when present).
     *
     * @throws InvalidInputException with the located problems if any row or the header is bad
     *                               (a header-only plan is valid and gives an empty list)
     */
    public static List<LayerConfig> readPlan(Path file) throws IOException {
        ProblemList problems = new ProblemList(file.toString(), DEFAULT_MAX_PROBLEMS);
        List<LayerConfig> rows = new ArrayList<>();
        DatasetCsvParser parser;
        try (InputStream in = InputFiles.open(file, InputLimits.maxCsvBytes(), "sampling plan CSV")) {
            parser = new DatasetCsvParser(in, problems, false);
            parser.parse((config, latency, line, extras) -> rows.add(config));
        }
        boolean onlyHeader = parser.headerOnly() && problems.total() == 1;
        if (problems.total() > 0 && !onlyHeader) {
            List<InputProblem> list = new ArrayList<>(problems.kept());
            int hidden = problems.total() - list.size();
            if (hidden > 0) {
                list.add(new InputProblem(problems.file(), 0, 0, null, "and " + hidden + " more problems"));
            }
            throw new InvalidInputException(list);
        }
        return rows;
    }

    /** The explicit name if given, else the file name without its extension. */
    static String fallbackDevice(String device, String fileName) {
        if (device != null && !device.isBlank()) return device.strip();
        if (fileName == null || fileName.isBlank()) return "unknown";
        // String operations, not Path.of: a stream's "file name" may be any label.
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return base.isBlank() ? "unknown" : base;
    }
}
