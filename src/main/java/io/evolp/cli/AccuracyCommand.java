package io.evolp.cli;

import io.evolp.analysis.AccuracyMatrix;
import io.evolp.analysis.ArchitectureNames;
import io.evolp.analysis.MatrixView;
import io.evolp.analysis.PredictionRow;
import io.evolp.analysis.PredictionRows;
import io.evolp.analysis.PredictionTable;
import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import io.evolp.core.LayerDataset;
import io.evolp.io.TableFiles;
import io.evolp.io.TableJson;
import io.evolp.predict.Predictors;
import io.evolp.workflow.TrainEvaluate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code evolp accuracy}: the accuracy matrix — predictor kind × device × architecture, MAPE and
 * ±10 % accuracy per cell. Each data file is cross-validated on its own (the same folds
 * {@code evolp validate --folds} uses, so a cell equals that command's figure for the file); the
 * "all" row of a device pools the out-of-fold predictions of its files.
 */
@Command(name = "accuracy", description = "Accuracy matrix of predictor kinds × devices × architectures "
        + "(k-fold cross-validation of each data file): MAPE and ±10%% accuracy per cell.")
final class AccuracyCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "D.csv",
            description = "Layer dataset CSV, repeatable; its architecture is the file name without the "
                    + "'-DEVICE' ending (vgg16-local-cpu.csv on local-cpu is vgg16).")
    List<Path> data;

    @Option(names = "--device", paramLabel = "NAME",
            description = "Device name for files without a device column (default: the file name).")
    String device;

    @Option(names = "--skip-bad-rows", description = "Use the valid rows of files with bad rows (reported on stderr).")
    boolean skipBadRows;

    @Option(names = "--predictor", required = true, split = ",", paramLabel = "KIND[,KIND…]",
            description = "One or more of: auto, evolp, gbt, gp, hybrid, forest, lut, flops.")
    List<String> kinds;

    @Option(names = "--folds", defaultValue = "5", paramLabel = "K", description = "Folds per data file (default ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--seed", defaultValue = "1", description = "Fold and training seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--csv", paramLabel = "OUT.csv", description = "Also write the matrix, one cell per line, as CSV.")
    Path csv;

    @Option(names = "--json", description = "One JSON object per cell, one per line.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (folds < 2) throw new IllegalArgumentException("--folds must be at least 2, was " + folds);
        for (String k : kinds) {
            if (!Predictors.kinds().contains(k)) {
                throw new IllegalArgumentException("unknown predictor '" + k + "'; choose from " + Predictors.kinds());
            }
        }
        Map<Path, LayerDataset> sets = load();
        List<PredictionRow> rows = new ArrayList<>();
        for (String kind : kinds) {
            for (Map.Entry<Path, LayerDataset> e : sets.entrySet()) {
                var request = TrainEvaluate.Request.crossValidation(e.getValue(), List.of(kind), folds, seed);
                var report = ConsoleJobs.run("accuracy " + kind, pm -> TrainEvaluate.one(request, kind, pm)).report();
                rows.addAll(PredictionRows.of(report, e.getValue(),
                        ArchitectureNames.of(e.getKey().getFileName().toString(), e.getValue().device())));
            }
        }
        Table matrix = AccuracyMatrix.of(PredictionTable.of(rows));
        if (csv != null) TableFiles.writeCsv(matrix, csv);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            TableJson.lines(matrix, null, null).forEach(out::println);
        } else {
            out.printf("%d-fold cross-validation of each file, seed %d; MAPE %% and ±10%% accuracy %% per cell%n", folds, seed);
            out.print(TableText.format(MatrixView.wide(matrix)));
            out.println();
            if (csv != null) out.println("wrote " + matrix.rowCount() + " cells to " + csv);
        }
        return 0;
    }

    /** Every file is read (and checked for enough rows) before any training starts. */
    private Map<Path, LayerDataset> load() throws java.io.IOException {
        Map<Path, LayerDataset> sets = new LinkedHashMap<>();
        PrintWriter err = spec.commandLine().getErr();
        for (Path file : data) {
            LayerDataset d = Inputs.dataset(file, device, skipBadRows, err);
            if (folds > d.size()) {
                throw new InvalidInputException(new InputProblem(file.toString(), 0, 0, null, d.size()
                        + " valid row(s) cannot be split into " + folds + " folds; use --folds " + Math.max(2, d.size())
                        + " or fewer, or more data"));
            }
            sets.put(file, d);
        }
        return sets;
    }
}
