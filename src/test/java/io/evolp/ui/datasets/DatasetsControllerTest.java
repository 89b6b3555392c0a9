package io.evolp.ui.datasets;

import io.evolp.task.ProgressMonitor;
import io.evolp.task.SyncTaskRunner;
import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Datasets controller without a window: a synchronous runner, scripted dialogs, a temp CSV. */
class DatasetsControllerTest {

    private static final String HEADER = "input_size,input_channel,output_channel,kernel_size_1,kernel_size_2,"
            + "stride_1,stride_2,padding_1,padding_2,bias,groups,latency\n";

    @TempDir
    Path tmp;
    private Workspace workspace;
    private DatasetsModel model;
    private DatasetsController controller;
    private ScriptedDialogs dialogs;
    private Path csv;

    @BeforeEach
    void setUp() throws Exception {
        workspace = new Workspace();
        model = new DatasetsModel();
        dialogs = new ScriptedDialogs();
        controller = new DatasetsController(workspace, new SyncTaskRunner(), dialogs, model);
        csv = tmp.resolve("tiny-dev.csv");
        // Two keys: 3 rows of a 3x3 conv, 2 rows of a 1x1 conv, and one bad row (line 7).
        Files.writeString(csv, HEADER
                + "56,64,64,3,3,1,1,1,1,False,1,0.90\n"
                + "56,64,128,3,3,1,1,1,1,False,1,1.70\n"
                + "56,32,64,3,3,1,1,1,1,False,1,0.50\n"
                + "56,64,64,1,1,1,1,0,0,False,1,0.20\n"
                + "56,64,128,1,1,1,1,0,0,False,1,0.35\n"
                + "56,64,-4,1,1,1,1,0,0,False,1,0.40\n");
    }

    @Test
    void importSelectsTheDatasetWithItsSummaryAndAllRows() {
        dialogs.answerFiles(List.of(csv));
        List<DatasetEntry> added = controller.openFiles().join();

        assertEquals(1, workspace.datasets().size());
        DatasetEntry e = workspace.datasets().get(0);
        assertSame(e, added.get(0));
        assertEquals("tiny-dev", e.name());
        assertEquals(5, e.dataset().size());
        assertEquals(1, e.totalProblems(), "the bad row is reported, the valid ones stay");
        assertSame(e, model.selected());
        assertEquals(5, model.rows().length);
        assertEquals("5 of 5 rows", model.rowCountText());
        assertEquals(2, model.summary().size());
        assertEquals(5, model.summary().stream().mapToInt(KeySummary::rows).sum());
        KeySummary k3 = model.summary().stream().filter(s -> s.key().contains("k3x3")).findFirst().orElseThrow();
        assertEquals(3, k3.rows());
        assertEquals(0.90, k3.latencyMedian(), 1e-9);
        assertEquals(0.50, k3.latencyMin(), 1e-9);
    }

    @Test
    void keyAndTextFiltersAndSortGiveTheExpectedRows() throws Exception {
        controller.importFiles(List.of(csv)).join();
        int k1 = model.summary().stream().filter(s -> s.key().contains("k1x1")).findFirst().orElseThrow().keyId();

        controller.filterKey(k1).join();
        assertEquals(k1, model.selectedKey());
        assertArrayEquals(new int[]{3, 4}, model.rows());

        controller.filterKey(-1).join();
        controller.filterText("k3x3").join();
        assertArrayEquals(new int[]{0, 1, 2}, model.rows(), "only the 3x3 key's label contains k3x3");

        RowColumn latency = model.query().columns().stream().filter(c -> c.header().equals("latency (ms)"))
                .findFirst().orElseThrow();
        controller.sort(latency, false).join();
        assertArrayEquals(new int[]{1, 0, 2}, model.rows(), "1.70, 0.90, 0.50 ms");

        Path out = tmp.resolve("rows.csv");
        controller.rowsCsv(model.query().columns()).write(out, ProgressMonitor.NONE);
        List<String> lines = Files.readAllLines(out);
        assertEquals(4, lines.size());
        assertTrue(lines.get(1).endsWith("," + Formats.ms(1.70)), lines.get(1));

        controller.sort(null, true).join();
        assertArrayEquals(new int[]{0, 1, 2}, model.rows(), "back to file order");
        assertEquals("3 of 5 rows", model.rowCountText());
    }

    @Test
    void renameReplacesTheEntryAndRemoveClearsTheSelection() {
        controller.importFiles(List.of(csv)).join();
        DatasetEntry before = model.selected();

        DatasetEntry renamed = controller.renameDevice("  jetson-nano-lab ").join();
        assertEquals(1, workspace.datasets().size());
        assertSame(renamed, workspace.datasets().get(0));
        assertSame(renamed, model.selected());
        assertEquals("jetson-nano-lab", renamed.device());
        assertEquals(before.name(), renamed.name());
        assertEquals(5, renamed.dataset().size());
        assertEquals(1, renamed.totalProblems());
        assertEquals(5, model.rows().length, "the renamed dataset is indexed again");
        assertSame(renamed, controller.renameDevice(" ").join(), "a blank name changes nothing");

        controller.removeSelected();
        assertTrue(workspace.datasets().isEmpty());
        assertNull(model.selected());
        assertEquals(0, model.rows().length);
        assertTrue(model.summary().isEmpty());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void aSecondImportGetsAUniqueNameAndIsSelected() {
        controller.importFiles(List.of(csv)).join();
        controller.importFiles(List.of(csv)).join();
        assertEquals(2, workspace.datasets().size());
        assertTrue(!workspace.datasets().get(0).name().equals(workspace.datasets().get(1).name()));
        assertSame(workspace.datasets().get(1), model.selected());
    }
}
