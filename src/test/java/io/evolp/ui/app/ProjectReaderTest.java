package io.evolp.ui.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import io.evolp.io.DatasetCsvReader;
import io.evolp.io.DatasetLoadResult;
import io.evolp.io.Json;
import io.evolp.task.ProgressMonitor;
import io.evolp.ui.workspace.DatasetEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Damaged projects: what can be loaded is, and every problem is located. No window needed. */
class ProjectReaderTest {

    @TempDir
    Path dir;

    private ProjectSnapshot twoDatasets() throws IOException {
        List<DatasetEntry> ds = new java.util.ArrayList<>();
        for (String f : List.of("vgg16-simulated-tx2.csv", "broken/bad-rows.csv")) {
            Path p = Path.of("sample-data", f);
            DatasetLoadResult r = DatasetCsvReader.read(p, null);
            ds.add(new DatasetEntry(p.getFileName().toString(), p, r.dataset(), r.problems(), r.totalProblems()));
        }
        return new ProjectSnapshot(ds, List.of(), List.of(), List.of(), List.of("simulated:tx2"), Map.of("k", "v"));
    }

    @Test
    void aTruncatedFileLoadsWhatComesBeforeTheCutAndSaysWhere() throws IOException {
        Path file = dir.resolve("p.evolp.json");
        ProjectStore.save(twoDatasets(), file);
        String text = Files.readString(file);
        int cut = text.indexOf("\"name\":\"bad-rows.csv\"");
        Files.writeString(file, text.substring(0, cut + 30));

        ProjectLoad load = ProjectReader.read(file, ProgressMonitor.NONE);
        assertEquals(1, load.snapshot().datasets().size(), "the first dataset was complete");
        assertEquals(2991, load.snapshot().datasets().get(0).dataset().size(), "rows of the first dataset");
        assertEquals(Map.of("k", "v"), load.snapshot().viewSettings());
        InputProblem p = load.problems().get(0);
        assertTrue(p.line() >= 1 && p.column() > 0 && p.file().endsWith("p.evolp.json"), p.describe());
        assertTrue(p.message().contains("cut off"), p.message());
    }

    @Test
    void aMissingCsvThatWasNotEmbeddedIsReportedAndTheRestLoads() throws IOException {
        Path file = dir.resolve("p.evolp.json");
        ObjectNode root = ProjectStore.toJson(twoDatasets(), dir);
        ObjectNode first = (ObjectNode) root.get("datasets").get(0);
        first.remove("embedded"); // as for a dataset of more than 50,000 rows
        first.put("path", "gone/big.csv");
        first.put("absolute_path", dir.resolve("elsewhere/big.csv").toString());
        Files.writeString(file, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));

        ProjectLoad load = ProjectReader.read(file, ProgressMonitor.NONE);
        assertEquals(List.of("bad-rows.csv"), load.snapshot().datasets().stream().map(DatasetEntry::name).toList());
        assertEquals(1, load.problems().size());
        InputProblem p = load.problems().get(0);
        assertTrue(p.line() > 1, p.describe());
        assertTrue(p.message().contains("gone/big.csv") && p.message().contains("not embedded"), p.message());
    }

    @Test
    void aCsvStoredByPathIsReadRelativeToTheProject() throws IOException {
        Path csv = Files.copy(Path.of("sample-data/vgg16-simulated-tx2.csv"), dir.resolve("data.csv"));
        DatasetLoadResult r = DatasetCsvReader.read(csv, null);
        ProjectSnapshot s = new ProjectSnapshot(List.of(new DatasetEntry("d", csv, r.dataset(), r.problems(), 0)),
                List.of(), List.of(), List.of(), List.of(), Map.of());
        ObjectNode root = ProjectStore.toJson(s, dir);
        ObjectNode d = (ObjectNode) root.get("datasets").get(0);
        assertEquals("data.csv", d.get("path").asText());
        d.remove("embedded");
        Path moved = Files.createDirectories(dir.resolve("moved"));
        Files.move(csv, moved.resolve("data.csv"));
        Files.writeString(moved.resolve("p.evolp.json"), root.toString());

        ProjectLoad load = ProjectReader.read(moved.resolve("p.evolp.json"), ProgressMonitor.NONE);
        assertEquals(List.of(), load.problems());
        assertEquals(r.dataset().size(), load.snapshot().datasets().get(0).dataset().size());
        assertEquals(io.evolp.ui.workspace.Workspace.DEFAULT_SOURCES, load.snapshot().sources(),
                "the simulated profiles are always offered");
    }

    @Test
    void somethingElseIsNotAProject() throws IOException {
        Path f = Files.writeString(dir.resolve("x.json"), "{\"format\":1,\"kind\":\"lut\"}");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ProjectReader.read(f, ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("not a project file"), e.getMessage());
    }
}
