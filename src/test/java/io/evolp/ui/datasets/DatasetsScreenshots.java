package io.evolp.ui.datasets;

import io.evolp.core.LayerDataset;
import io.evolp.io.SyntheticDatasets;
import io.evolp.io.DatasetCsvReader;
import io.evolp.io.DatasetLoadResult;
import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.common.Dialogs;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Renders the Datasets screen with the sample data (and a generated 1M-row dataset) to PNGs, to
 * look at the layout: {@code java -cp … io.evolp.ui.datasets.DatasetsScreenshots [outDir]}.
 */
public final class DatasetsScreenshots {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        FxHarness.startHeadless();
        Workspace ws = FxHarness.call(Workspace::new);
        Dialogs none = new DatasetsScreenshotsDialogs();
        FxTaskRunner tasks = FxHarness.call(() -> new FxTaskRunner(none));
        DatasetsScreen screen = FxHarness.call(() -> new DatasetsScreen(new UiContext(ws, tasks, none)));
        Scene scene = FxHarness.call(() -> {
            Stage st = new Stage();
            Scene s = new Scene((Parent) screen.view(), 1500, 900);
            st.setScene(s);
            st.show();
            return s;
        });
        add(ws, Path.of("sample-data/mobilenetv1-simulated-nano.csv"));
        add(ws, Path.of("sample-data/vgg16-simulated-tx2.csv"));
        add(ws, Path.of("sample-data/broken/bad-rows.csv"));
        LayerDataset big = SyntheticDatasets.generate(1_000_000, 42);
        FxHarness.run(() -> ws.datasets().add(new DatasetEntry("generated-1M", null, big, List.of(), 0)));

        ListView<?> list = (ListView<?>) scene.lookup("#datasetList");
        TabPane tabs = (TabPane) scene.lookup("#datasetTabs");
        Label count = (Label) scene.lookup("#rowCount");
        String[] names = {"rows", "summary", "charts", "problems"};
        for (int d : new int[]{0, 2, 3}) {
            FxHarness.run(() -> list.getSelectionModel().select(d));
            int expected = ws.datasets().get(d).dataset().size();
            FxHarness.waitFor(() -> count.getText().endsWith(Formats.count(expected) + " rows")
                    && count.getText().startsWith(Formats.count(expected)), 30_000);
            for (int t = 0; t < 4; t++) {
                int tab = t;
                FxHarness.run(() -> tabs.getSelectionModel().select(tab));
                Thread.sleep(t == 2 ? 1500 : 300); // let the charts' background build publish
                FxHarness.snapshot(scene, out.resolve("datasets-" + ws.datasets().get(d).name() + "-" + names[t] + ".png"));
            }
        }
        System.exit(0);
    }

    private static void add(Workspace ws, Path f) throws Exception {
        DatasetLoadResult r = DatasetCsvReader.read(f, null);
        String base = f.getFileName().toString().replace(".csv", "");
        FxHarness.run(() -> ws.datasets().add(new DatasetEntry(base, f, r.dataset(), r.problems(), r.totalProblems())));
    }
}
