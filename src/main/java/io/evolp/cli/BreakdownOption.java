package io.evolp.cli;

import io.evolp.analysis.ArchitectureNames;
import io.evolp.analysis.Breakdown;
import io.evolp.analysis.PredictionRow;
import io.evolp.analysis.PredictionRows;
import io.evolp.analysis.PredictionTable;
import io.evolp.core.LayerDataset;
import io.evolp.io.TableJson;
import io.evolp.predict.eval.EvaluationReport;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import tech.tablesaw.api.Table;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code --breakdown key|architecture|residue} for the commands that evaluate predictors: collects
 * every evaluated row and prints where the error comes from — per kind and configuration key,
 * architecture (from the data file's name) or channel-alignment class of cin. With {@code --json}
 * each group is one more JSON line, marked {@code "breakdown": "<by>"}.
 */
final class BreakdownOption {

    @Option(names = "--breakdown", paramLabel = "key|architecture|residue", converter = ByConverter.class,
            description = "Also print the error per configuration key, architecture or cin alignment class "
                    + "(multiple of 32, 16, 8, 4 or none): n, MAPE, ±5%%, ±10%%, worst. With --json: one more line per group.")
    Breakdown by;

    private final List<PredictionRow> rows = new ArrayList<>();

    /** Keeps the report's rows for the breakdown (nothing when the option is not given). */
    void collect(EvaluationReport report, LayerDataset data, Path file) {
        if (by == null) return;
        rows.addAll(PredictionRows.of(report, data, ArchitectureNames.of(file.getFileName().toString(), data.device())));
    }

    /** Prints the breakdown of everything collected (nothing when the option is not given). */
    void print(PrintWriter out, boolean json) {
        if (by == null) return;
        Table t = by.of(PredictionTable.of(rows));
        if (json) {
            TableJson.lines(t, "breakdown", by.column()).forEach(out::println);
        } else {
            out.println();
            out.print(TableText.format(t));
            out.println();
        }
        out.flush();
    }

    static final class ByConverter implements CommandLine.ITypeConverter<Breakdown> {
        @Override
        public Breakdown convert(String value) {
            for (Breakdown b : Breakdown.values()) {
                if (b.column().equals(value.toLowerCase(Locale.ROOT))) return b;
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a breakdown; choose key, architecture or residue");
        }
    }
}
