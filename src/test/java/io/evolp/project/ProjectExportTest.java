package io.evolp.project;

import io.evolp.core.LayerDataset;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.Predictors;
import io.evolp.predict.TrainOptions;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Export file names, the device column and the accuracy table. */
class ProjectExportTest {

    @TempDir
    Path dir;

    @Test
    void fileNamesAreSafeAndUnique() {
        Set<String> taken = new HashSet<>();
        assertEquals("evolp_vgg16.csv", ProjectExport.fileName("evolp · vgg16", ".csv", taken));
        assertEquals("evolp_vgg16-2.csv", ProjectExport.fileName("evolp / vgg16", ".csv", taken));
        assertEquals("passwd.csv", ProjectExport.fileName("../../etc/passwd", ".csv", taken).replace("etc_", ""));
        assertEquals("unnamed.csv", ProjectExport.fileName("...", ".csv", taken));
    }

    @Test
    void aDatasetWithoutDeviceColumnGetsOne() {
        LayerDataset ds = DatasetColumnsTest.small();
        LayerDataset with = ProjectExport.withDeviceColumn(ds);
        assertEquals(List.of("note", "device"), with.extraColumns());
        assertEquals("dev", with.extra(1, 1));
        assertEquals(with, ProjectExport.withDeviceColumn(with), "already there: unchanged");
    }

    @Test
    void aPredictorWithoutEvaluationHasEmptyMetricCells() throws Exception {
        LayerDataset ds = DatasetColumnsTest.small();
        LatencyPredictor flops = Predictors.train("flops", ds, TrainOptions.defaults(), ProgressMonitor.NONE);
        Project p = new Project(List.of(new ProjectDataset("d", null, ds, List.of(), 0)),
                List.of(new ProjectPredictor("f", flops, null, 0, 1, null)), List.of(), List.of(), List.of(), Map.of());
        List<Path> written = ProjectExport.export(p, dir);
        assertEquals(List.of(dir.resolve("datasets/d.csv"), dir.resolve("predictors/f.json"), dir.resolve("accuracy.csv")), written);
        List<String> acc = Files.readAllLines(dir.resolve("accuracy.csv"));
        assertEquals(ProjectExport.ACCURACY_HEADER, acc.get(0));
        assertEquals("f,flops,dev,,0.0,1,,,,,,,", acc.get(1));
        assertTrue(Files.readString(dir.resolve("datasets/d.csv")).startsWith("input_size,"));
    }
}
