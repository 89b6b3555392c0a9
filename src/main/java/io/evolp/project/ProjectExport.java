package io.evolp.project;

import io.evolp.core.LayerDataset;
import io.evolp.io.AtomicFiles;
import io.evolp.io.DatasetCsvWriter;
import io.evolp.predict.PredictorStore;
import io.evolp.predict.eval.Metrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a project's contents as the files the other commands read: each dataset as a layer
 * dataset CSV ({@code datasets/NAME.csv}, with a {@code device} column so it re-imports on the same
 * device), each predictor as the predictor JSON {@code evolp train} writes ({@code predictors/NAME.json}),
 * and the accuracy of every predictor on its held-out rows ({@code accuracy.csv}). Every file is
 * written atomically.
 */
public final class ProjectExport {

    static final String ACCURACY_HEADER =
            "predictor,kind,device,dataset,test_fraction,seed,n,rmse_ms,mape,acc5,acc10,spearman,worst";

    private ProjectExport() {
    }

    /** @return the files written, in the order written */
    public static List<Path> export(Project project, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (ProjectDataset d : project.datasets()) {
            Path f = dir.resolve("datasets").resolve(fileName(d.name(), ".csv", taken));
            DatasetCsvWriter.write(withDeviceColumn(d.dataset()), f);
            written.add(f);
        }
        taken.clear();
        for (ProjectPredictor p : project.predictors()) {
            Path f = dir.resolve("predictors").resolve(fileName(p.name(), ".json", taken));
            PredictorStore.save(p.predictor(), f);
            written.add(f);
        }
        Path accuracy = dir.resolve("accuracy.csv");
        AtomicFiles.writeString(accuracy, accuracyCsv(project));
        written.add(accuracy);
        return written;
    }

    /** One row per predictor; the metric cells are empty when it has no held-out evaluation. */
    static String accuracyCsv(Project project) {
        StringBuilder sb = new StringBuilder(ACCURACY_HEADER).append('\n');
        for (ProjectPredictor p : project.predictors()) {
            sb.append(String.join(",", DatasetCsvWriter.cell(p.name()), DatasetCsvWriter.cell(p.kind()),
                    DatasetCsvWriter.cell(p.device()), p.datasetName() == null ? "" : DatasetCsvWriter.cell(p.datasetName()),
                    Double.toString(p.testFraction()), Long.toString(p.seed())));
            Metrics m = p.evaluation() == null ? null : p.evaluation().overall();
            if (m == null) {
                sb.append(",,,,,,,");
            } else {
                sb.append(',').append(m.n());
                for (double v : new double[]{m.rmseMs(), m.mape(), m.acc5(), m.acc10(), m.spearman(), m.worst()}) {
                    sb.append(',').append(Double.isFinite(v) ? Double.toString(v) : "");
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** A file name from an entry name: only letters, digits, '.', '-', '_'; made unique with -2, -3, … */
    static String fileName(String name, String ext, Set<String> taken) {
        String base = name.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
        if (base.isEmpty()) base = "unnamed";
        if (base.length() > 100) base = base.substring(0, 100);
        String candidate = base;
        for (int i = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); i++) candidate = base + "-" + i;
        return candidate + ext;
    }

    /** The dataset with a {@code device} column (added when missing), so the CSV names its device. */
    static LayerDataset withDeviceColumn(LayerDataset ds) {
        if (ds.extraColumns().stream().anyMatch(c -> c.equalsIgnoreCase("device"))) return ds;
        List<String> extras = new ArrayList<>(ds.extraColumns());
        extras.add("device");
        LayerDataset.Builder b = LayerDataset.builder(ds.device(), extras);
        for (int r = 0; r < ds.size(); r++) {
            String[] cells = new String[extras.size()];
            for (int c = 0; c < cells.length - 1; c++) cells[c] = ds.extra(r, c);
            cells[cells.length - 1] = ds.device();
            b.add(ds.config(r), ds.latency(r), ds.sourceLine(r), cells);
        }
        return b.build();
    }
}
