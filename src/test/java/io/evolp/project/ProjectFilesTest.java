package io.evolp.project;

import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import io.evolp.io.DatasetCsvReader;
import io.evolp.io.DatasetLoadResult;
import io.evolp.io.project.ProjectFile;
import io.evolp.io.project.ProjectFileWriter;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Load and save of project files: the sample loads, round trips are exact, damage is located. */
class ProjectFilesTest {

    static final Path SAMPLE = Path.of("sample-data/sample.evolp.json");

    @TempDir
    Path dir;

    static Project twoDatasets() throws IOException {
        List<ProjectDataset> ds = new java.util.ArrayList<>();
        for (String f : List.of("vgg16-simulated-tx2.csv", "broken/bad-rows.csv")) {
            Path p = Path.of("sample-data", f);
            DatasetLoadResult r = DatasetCsvReader.read(p, null);
            ds.add(new ProjectDataset(p.getFileName().toString(), p, r.dataset(), r.problems(), r.totalProblems()));
        }
        return new Project(ds, List.of(), List.of(), List.of(), List.of("simulated:tx2"), Map.of("k", "v"));
    }

    @Test
    void theSampleProjectLoadsWithItsDatasetsAndEvaluatedPredictors() throws IOException {
        Project p = ProjectFiles.load(SAMPLE, false);
        assertEquals(2, p.datasets().size());
        assertEquals("vgg16-simulated-tx2", p.datasets().get(0).name());
        assertEquals("simulated-tx2", p.datasets().get(0).device());
        assertEquals(2991, p.datasets().get(0).rows());
        assertEquals(3, p.predictors().size());
        for (ProjectPredictor pr : p.predictors()) assertNotNull(pr.evaluation(), pr.name() + " re-evaluated");
        assertEquals(598, p.predictors().get(0).evaluation().overall().n());
    }

    @Test
    void saveThenLoadGivesTheSameProject() throws IOException {
        Project sample = ProjectFiles.load(SAMPLE, false);
        Path copy = dir.resolve("copy.evolp.json");
        ProjectFiles.save(sample, copy);
        Project back = ProjectFiles.load(copy, false);
        assertEquals(sample.datasets().size(), back.datasets().size());
        for (int i = 0; i < sample.datasets().size(); i++) {
            var a = sample.datasets().get(i).dataset();
            var b = back.datasets().get(i).dataset();
            assertEquals(a.size(), b.size());
            for (int r = 0; r < a.size(); r++) {
                assertEquals(a.config(r), b.config(r));
                assertEquals(Double.doubleToLongBits(a.latency(r)), Double.doubleToLongBits(b.latency(r)));
            }
        }
        for (int i = 0; i < sample.predictors().size(); i++) {
            assertArrayEquals(sample.predictors().get(i).evaluation().predicted(), back.predictors().get(i).evaluation().predicted());
        }
        // The same JSON, field for field and number for number, but for the predictor format (the sample
        // predates format 2); only the order of fields inside a lookup-table entry may differ.
        String expected = Files.readString(SAMPLE).replace("\"predictor\":{\"format\":1", "\"predictor\":{\"format\":" + io.evolp.predict.PredictorStore.FORMAT);
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        assertEquals(mapper.readTree(expected), mapper.readTree(Files.readString(copy)), "the file keeps its shape");
    }

    @Test
    void aTruncatedFileLoadsWhatComesBeforeTheCutAndSaysWhere() throws IOException {
        Path file = dir.resolve("p.evolp.json");
        ProjectFiles.save(twoDatasets(), file);
        String text = Files.readString(file);
        int cut = text.indexOf("\"name\":\"bad-rows.csv\"");
        Files.writeString(file, text.substring(0, cut + 30));

        ProjectLoad load = ProjectFiles.read(file, ProgressMonitor.NONE, false);
        assertEquals(1, load.project().datasets().size(), "the first dataset was complete");
        assertEquals(2991, load.project().datasets().get(0).rows(), "rows of the first dataset");
        assertEquals(Map.of("k", "v"), load.project().viewSettings());
        InputProblem p = load.damage();
        assertNotNull(p);
        assertTrue(p.line() >= 1 && p.column() > cut && p.file().endsWith("p.evolp.json"), p.describe());
        assertTrue(p.message().contains("cut off"), p.message());
        DamagedProjectException e = assertThrows(DamagedProjectException.class, () -> ProjectFiles.load(file, false));
        assertEquals(1, e.load().project().datasets().size());
    }

    @Test
    void theSampleCutInHalfIsRefusedWithFileLineAndColumn() throws IOException {
        String text = Files.readString(SAMPLE);
        Path half = Files.writeString(dir.resolve("half.evolp.json"), text.substring(0, text.length() / 2));
        DamagedProjectException e = assertThrows(DamagedProjectException.class, () -> ProjectFiles.load(half, false));
        InputProblem p = e.load().damage();
        assertEquals(1, p.line());
        assertEquals(text.length() / 2 + 1, p.column(), p.describe());
        assertTrue(e.getMessage().startsWith(half.toString() + ":1:"), e.getMessage());
        assertEquals(3, e.load().project().predictors().size(), "the predictors precede the cut");
    }

    /** Writes the project with its first dataset stored by path only (as for one of more than 50,000 rows). */
    private static void writeFirstByPath(Project project, Path projectDir, Path file, String path) throws IOException {
        var contents = ProjectMapper.toFile(project, projectDir);
        List<ProjectFile.Dataset> ds = new java.util.ArrayList<>(contents.datasets());
        var d = ds.get(0);
        ds.set(0, new ProjectFile.Dataset(d.name(), path == null ? d.path() : path, d.absolutePath(), d.device(), d.rows(),
                d.totalProblems(), d.problems(), null));
        ProjectFileWriter.save(new ProjectFile.Contents(contents.viewSettings(), contents.sources(), contents.models(),
                contents.sessions(), contents.predictors(), ds), file);
    }

    @Test
    void aMissingCsvThatWasNotEmbeddedIsReportedAndTheRestLoads() throws IOException {
        Path file = dir.resolve("p.evolp.json");
        Project two = twoDatasets();
        Project moved = new Project(List.of(new ProjectDataset("big", dir.resolve("elsewhere/big.csv"),
                two.datasets().get(0).dataset(), List.of(), 0), two.datasets().get(1)), List.of(), List.of(), List.of(),
                List.of(), Map.of());
        writeFirstByPath(moved, dir, file, "gone/big.csv");

        ProjectLoad load = ProjectFiles.read(file, ProgressMonitor.NONE, false);
        assertEquals(List.of("bad-rows.csv"), load.project().datasets().stream().map(ProjectDataset::name).toList());
        assertEquals(1, load.problems().size(), load.problems().toString());
        InputProblem p = load.problems().get(0);
        assertTrue(p.line() >= 1 && p.column() > 1, p.describe());
        assertTrue(p.message().contains("gone/big.csv") && p.message().contains("not embedded"), p.message());
        assertTrue(p.message().startsWith("dataset 'big'"), p.message());
    }

    @Test
    void aCsvStoredByPathIsReadRelativeToTheProject() throws IOException {
        Path csv = Files.copy(Path.of("sample-data/vgg16-simulated-tx2.csv"), dir.resolve("data.csv"));
        DatasetLoadResult r = DatasetCsvReader.read(csv, null);
        Project p = new Project(List.of(new ProjectDataset("d", csv, r.dataset(), r.problems(), 0)), List.of(),
                List.of(), List.of(), List.of(), Map.of());
        assertEquals("data.csv", ProjectMapper.toFile(p, dir).datasets().get(0).path());
        Path moved = Files.createDirectories(dir.resolve("moved"));
        Files.move(csv, moved.resolve("data.csv"));
        writeFirstByPath(p, dir, moved.resolve("p.evolp.json"), null);

        ProjectLoad load = ProjectFiles.read(moved.resolve("p.evolp.json"), ProgressMonitor.NONE, false);
        assertEquals(List.of(), load.problems());
        assertEquals(r.dataset().size(), load.project().datasets().get(0).rows());
        assertEquals(Project.DEFAULT_SOURCES, load.project().sources(), "the simulated profiles are always offered");
    }

    @Test
    void somethingElseIsNotAProject() throws IOException {
        Path f = Files.writeString(dir.resolve("x.json"), "{\"format\":1,\"kind\":\"lut\"}");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ProjectFiles.read(f, ProgressMonitor.NONE, false));
        assertTrue(e.getMessage().contains("not a project file"), e.getMessage());
        assertTrue(e.getMessage().startsWith(f + ":1:"), e.getMessage());
    }
}
