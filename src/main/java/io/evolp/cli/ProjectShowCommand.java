package io.evolp.cli;

import io.evolp.io.project.ProjectFileWriter;
import io.evolp.predict.eval.Metrics;
import io.evolp.project.Project;
import io.evolp.project.ProjectDataset;
import io.evolp.project.ProjectModel;
import io.evolp.project.ProjectPredictor;
import io.evolp.project.ProjectSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code evolp project show}: what a project holds — datasets, predictors (with accuracy), sessions, models. */
@Command(name = "show", description = "List a project's datasets (name, device, rows), predictors (name, kind, device, "
        + "held-out accuracy), sessions and models. A damaged project is refused naming file, line and column.")
final class ProjectShowCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The project file (*.evolp.json).")
    Path file;

    @Option(names = "--json", description = "Print one JSON object: file, datasets, predictors, sessions, models, sources.")
    boolean json;

    @Option(names = "--allow-outside", description = "Read dataset CSVs the project names outside its folder.")
    boolean allowOutside;

    @Override
    public Integer call() throws Exception {
        Project p = ProjectInput.load(file, allowOutside, spec.commandLine().getErr());
        if (p == null) return 1;
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ProjectFileWriter.json(summary(file, p)));
            return 0;
        }
        out.printf("Project %s%n%nDatasets (%d)%n", file, p.datasets().size());
        out.printf("  %-40s %-20s %8s%n", "name", "device", "rows");
        for (ProjectDataset d : p.datasets()) out.printf("  %-40s %-20s %8d%n", d.name(), d.device(), d.rows());
        out.printf("%nPredictors (%d)%n", p.predictors().size());
        out.printf("  %-40s %-8s %-20s %6s %8s %7s%n", "name", "kind", "device", "n", "MAPE %", "±10% %");
        for (ProjectPredictor pr : p.predictors()) {
            Metrics m = pr.evaluation() == null ? null : pr.evaluation().overall();
            out.printf("  %-40s %-8s %-20s %6s %8s %7s%n", pr.name(), pr.kind(), pr.device(),
                    m == null ? "-" : Integer.toString(m.n()), m == null ? "-" : String.format("%.2f", m.mape()),
                    m == null ? "-" : String.format("%.1f", m.acc10()));
        }
        out.printf("%nSessions (%d)%n", p.sessions().size());
        for (ProjectSession s : p.sessions()) out.printf("  %s%n", s.name());
        out.printf("%nModels (%d)%n", p.models().size());
        for (ProjectModel m : p.models()) out.printf("  %-40s %4d convs%n", m.name(), m.model().convs().size());
        return 0;
    }

    /** Plain maps and lists, so any JSON writer prints them. */
    static Map<String, Object> summary(Path file, Project p) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("file", file.toString());
        o.put("datasets", p.datasets().stream().map(d -> map("name", d.name(), "device", d.device(), "rows", d.rows(),
                "source", d.source() == null ? null : d.source().toString())).toList());
        o.put("predictors", p.predictors().stream().map(ProjectShowCommand::predictor).toList());
        o.put("sessions", p.sessions().stream().map(s -> map("name", s.name())).toList());
        o.put("models", p.models().stream().map(m -> map("name", m.name(), "convs", m.model().convs().size())).toList());
        o.put("sources", p.sources());
        return o;
    }

    private static Map<String, Object> predictor(ProjectPredictor pr) {
        Map<String, Object> o = map("name", pr.name(), "kind", pr.kind(), "device", pr.device(), "dataset", pr.datasetName(),
                "test_fraction", pr.testFraction(), "seed", pr.seed());
        Metrics m = pr.evaluation() == null ? null : pr.evaluation().overall();
        o.put("metrics", m == null ? null : map("n", m.n(), "rmse_ms", num(m.rmseMs()), "mape", num(m.mape()),
                "acc5", num(m.acc5()), "acc10", num(m.acc10()), "spearman", num(m.spearman()), "worst", num(m.worst())));
        return o;
    }

    /** JSON has no NaN: an undefined metric (e.g. Spearman of one point) is written as null. */
    private static Double num(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> o = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) o.put((String) kv[i], kv[i + 1]);
        return o;
    }
}
