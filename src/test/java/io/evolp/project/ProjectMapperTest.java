package io.evolp.project;

import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.core.zoo.Zoo;
import io.evolp.io.project.ProjectFile;
import io.evolp.io.RawJson;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What goes where in the file: paths relative to the project, the embedding rule, entries read back. */
class ProjectMapperTest {

    @Test
    void smallDatasetsAreEmbeddedLargeOnesStoredByRelativePath() {
        LayerDataset.Builder b = LayerDataset.builder("dev");
        for (int i = 0; i <= ProjectFiles.EMBED_MAX_ROWS; i++) b.add(LayerConfig.of(14, 16, 16, 3, 1, 1, 1), 1.0);
        LayerDataset big = b.build();
        Path dir = Path.of("/work/p").toAbsolutePath();
        Project p = new Project(List.of(new ProjectDataset("big", dir.resolve("data/big.csv"), big, List.of(), 0),
                new ProjectDataset("small", dir.resolve("s.csv"), DatasetColumnsTest.small(), List.of(), 0),
                new ProjectDataset("made", null, DatasetColumnsTest.small(), List.of(), 0)),
                List.of(), List.of(), List.of(), List.of("simulated:tx2"), Map.of("b", "2", "a", "1"));
        ProjectFile.Contents c = ProjectMapper.toFile(p, dir);
        assertEquals("data/big.csv", c.datasets().get(0).path());
        assertNull(c.datasets().get(0).embedded(), "more than 50,000 rows: by path");
        assertEquals(ProjectFiles.EMBED_MAX_ROWS + 1, c.datasets().get(0).rows());
        assertNotNull(c.datasets().get(1).embedded());
        assertNull(c.datasets().get(2).path());
        assertNotNull(c.datasets().get(2).embedded(), "no file to point at: always embedded");
        assertEquals(List.of("a", "b"), List.copyOf(c.viewSettings().keySet()), "sorted, so saves are stable");
    }

    @Test
    void modelsRoundTripAndABadSessionIsRefused() {
        var vgg = Zoo.model("vgg16", null);
        Project p = new Project(List.of(), List.of(), List.of(), List.of(new ProjectModel("v", null, vgg)), List.of(), Map.of());
        ProjectFile.Model m = ProjectMapper.toFile(p, null).models().get(0);
        assertEquals(vgg, ProjectMapper.model(m, "p.json", 1).model());
        assertThrows(RuntimeException.class, () -> ProjectMapper.session(new ProjectFile.Session("s", new RawJson("{\"format\":2}"))));
    }

    @Test
    void relativePathsUseForwardSlashes() {
        Path dir = Path.of("/a/b").toAbsolutePath();
        assertEquals("c/d.csv", ProjectMapper.relative(dir.resolve("c").resolve("d.csv"), dir));
        assertEquals("../x.csv", ProjectMapper.relative(dir.resolveSibling("x.csv"), dir));
    }
}
