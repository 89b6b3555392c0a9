package io.evolp.ui.shell;

import io.evolp.project.Project;
import io.evolp.project.ProjectFiles;
import io.evolp.task.ProgressMonitor;
import io.evolp.ui.welcome.ClassroomDemo;
import io.evolp.ui.welcome.SampleData;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.ui.workspace.Workspace;
import io.evolp.workflow.DatasetImport;
import io.evolp.workflow.TrainEvaluate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code sample-data/sample.evolp.json}, the project the welcome screen and the classroom
 * demo open: the simulated VGG16 / TX2 and MobileNetV1 / Nano layer datasets (embedded, no paths of
 * this machine) with an evolp predictor for each and a lut predictor for VGG16 / TX2 to compare,
 * all on the Predictors screen's split (20 % held out, seed 1). The first predictor is the one the
 * classroom demo evolves ({@link ClassroomDemo#PREDICTOR}). Headless; deterministic.
 *
 * <p>A developer tool of the test sources (not in the product jar); {@code sample-data/generate.sh} runs it
 * from the test class path: {@code packaging/devtool.sh io.evolp.ui.shell.SampleProject sample-data}
 */
public final class SampleProject {

    private static final double TEST_FRACTION = 0.2;
    private static final long SEED = 1;

    private SampleProject() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "sample-data");
        List<DatasetEntry> datasets = new ArrayList<>();
        List<PredictorEntry> predictors = new ArrayList<>();
        for (String[] spec : new String[][]{{"vgg16-simulated-tx2", "evolp,lut"}, {"mobilenetv1-simulated-nano", "evolp"}}) {
            DatasetImport.Imported r = DatasetImport.read(dir.resolve(spec[0] + ".csv"), null);
            if (!r.problems().isEmpty()) throw new IOException(spec[0] + ".csv: " + r.problems().get(0).describe());
            // No source path: the dataset is embedded and the file carries nothing of this machine.
            DatasetEntry d = new DatasetEntry(r.name(), null, r.dataset(), List.of(), 0);
            datasets.add(d);
            var request = TrainEvaluate.Request.holdout(d.dataset(), List.of(spec[1].split(",")), TEST_FRACTION, SEED);
            for (TrainEvaluate.Trained t : TrainEvaluate.run(request, ProgressMonitor.NONE)) {
                predictors.add(new PredictorEntry(t.kind() + " · " + d.name(), t.predictor(), d.name(), TEST_FRACTION, SEED,
                        t.report()));
            }
        }
        if (!predictors.get(0).name().equals(ClassroomDemo.PREDICTOR)) throw new IllegalStateException("demo predictor");
        Project s = new Project(datasets.stream().map(DatasetEntry::toModel).toList(),
                predictors.stream().map(PredictorEntry::toModel).toList(), List.of(), List.of(), Workspace.DEFAULT_SOURCES, Map.of());
        Path out = dir.resolve(SampleData.PROJECT);
        ProjectFiles.save(s, out);
        System.out.println("wrote " + out + ": " + datasets.size() + " datasets, " + predictors.size() + " predictors");
    }
}
