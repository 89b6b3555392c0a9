package io.evolp.cli;

import io.evolp.project.Project;
import io.evolp.project.ProjectExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code evolp project export}: a project's datasets, predictors and accuracy table as the files other commands read. */
@Command(name = "export", description = "Write a project's datasets (DIR/datasets/*.csv), predictors "
        + "(DIR/predictors/*.json, as train writes them) and accuracy table (DIR/accuracy.csv).")
final class ProjectExportCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The project file (*.evolp.json).")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into (created if needed).")
    Path out;

    @Option(names = "--allow-outside", description = "Read dataset CSVs the project names outside its folder.")
    boolean allowOutside;

    @Override
    public Integer call() throws Exception {
        OutputGuard.check("--out", out, "FILE", file);
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out " + out + " is a file; give a folder to write into");
        }
        Project p = ProjectInput.load(file, allowOutside, spec.commandLine().getErr());
        if (p == null) return 1;
        List<Path> written = ProjectExport.export(p, out);
        spec.commandLine().getOut().printf("Wrote %d datasets, %d predictors and the accuracy table (%d files) to %s%n",
                p.datasets().size(), p.predictors().size(), written.size(), out);
        return 0;
    }
}
