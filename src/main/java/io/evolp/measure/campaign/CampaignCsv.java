package io.evolp.measure.campaign;

import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.io.DatasetCsvReader;
import io.evolp.io.DatasetCsvWriter;
import io.evolp.io.DatasetLoadResult;
import io.evolp.measure.Measurement;
import io.evolp.measure.RunDetails;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The dataset CSV of a campaign, in the EvoLP layout that {@link DatasetCsvReader} reads: the standard
 * columns, then {@code device}, {@code latency_min}, {@code latency_max}, {@code latency_iqr} and
 * {@code runs} (empty cells when the source gives no quartiles). The header is written only when the
 * file is created; an existing file must have exactly this header, name the same device and hold
 * only valid rows — otherwise resuming into it would mix layouts or devices, so it is refused.
 */
final class CampaignCsv implements AutoCloseable {

    static final List<String> EXTRA = List.of("device", "latency_min", "latency_max", "latency_iqr", "runs");

    private final AppendOnlyFile file;
    private final List<LayerConfig> existing;
    private int rows;

    private CampaignCsv(AppendOnlyFile file, List<LayerConfig> existing) {
        this.file = file;
        this.existing = existing;
        this.rows = existing.size();
    }

    static String header() {
        List<String> all = new ArrayList<>(DatasetCsvWriter.columns());
        all.addAll(EXTRA);
        return String.join(",", all);
    }

    /** Opens or creates {@code path}, repairing a partial last line; checks an existing file fits. */
    static CampaignCsv open(Path path, String device, boolean force) throws IOException {
        AppendOnlyFile f = AppendOnlyFile.open(path, force);
        try {
            if (f.isEmpty()) {
                f.appendLine(header());
                return new CampaignCsv(f, List.of());
            }
            return new CampaignCsv(f, readExisting(path, device));
        } catch (IOException | RuntimeException e) {
            f.close();
            throw e;
        }
    }

    private static List<LayerConfig> readExisting(Path path, String device) throws IOException {
        String first;
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            first = r.readLine();
        }
        if (first == null || !first.strip().equals(header())) {
            throw new InvalidInputException(new InputProblem(path.toString(), 1, 0, null,
                    "not a campaign file of this layout (header should be '" + header() + "'); "
                            + "give a new --out or move the file away"));
        }
        DatasetLoadResult r = DatasetCsvReader.read(path, device);
        if (r.hasProblems()) {
            throw new InvalidInputException("cannot resume into " + path + ": " + r.problems().get(0).describe()
                    + (r.totalProblems() > 1 ? " (and " + (r.totalProblems() - 1) + " more problems)" : ""), r.problems());
        }
        LayerDataset ds = r.dataset();
        if (!ds.isEmpty() && !ds.device().equals(device)) {
            throw new InvalidInputException(new InputProblem(path.toString(), 2, 0, "device",
                    "holds measurements of device '" + ds.device() + "', this campaign measures '" + device
                            + "'; one file holds one device — give another --out"));
        }
        List<LayerConfig> out = new ArrayList<>(ds.size());
        for (int i = 0; i < ds.size(); i++) out.add(ds.config(i));
        return out;
    }

    /** Rows already in the file when it was opened, in file order. */
    List<LayerConfig> existing() {
        return existing;
    }

    /** Data rows in the file now. */
    int rows() {
        return rows;
    }

    long droppedBytes() {
        return file.droppedBytes();
    }

    /** Appends one measured row (flushed). */
    void append(LayerConfig layer, Measurement m, String device) throws IOException {
        StringBuilder sb = new StringBuilder(160);
        sb.append(DatasetCsvWriter.configCells(layer)).append(',').append(m.medianMs())
                .append(',').append(DatasetCsvWriter.cell(device)).append(',');
        RunDetails d = m.details();
        if (d != null) sb.append(d.minMs()).append(',').append(d.maxMs()).append(',').append(d.iqrMs());
        else sb.append(",,");
        sb.append(',').append(m.count());
        file.appendLine(sb.toString());
        rows++;
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
