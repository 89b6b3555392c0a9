package io.evolp.ui.datasets;

import io.evolp.core.LayerDataset;
import io.evolp.io.SyntheticDatasets;
import io.evolp.task.ProgressMonitor;
import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * Speed of the Datasets screen on a generated 1,000,000-row dataset (medians of 5), not a unit
 * test: {@code java -cp … io.evolp.ui.datasets.DatasetsBench}. Worker-side figures are the
 * computations the screen runs off the FX thread; "UI" figures are measured end to end on a
 * headless (Monocle, software-rendered) window.
 */
public final class DatasetsBench {

    public static void main(String[] args) throws Exception {
        LayerDataset data = SyntheticDatasets.generate(1_000_000, 42);
        DatasetIndex ix = DatasetIndex.build(data, ProgressMonitor.NONE); // warm-up
        report("index build (keys, MACs)", () -> DatasetIndex.build(data, ProgressMonitor.NONE));
        report("per-key summary", () -> KeySummary.of(ix, ProgressMonitor.NONE));
        List<RowColumn> cols = RowColumn.forIndex(ix);
        int largest = 0;
        for (int k = 0; k < ix.keys().size(); k++) if (ix.keyCount(k) > ix.keyCount(largest)) largest = k;
        int big = largest;
        report("filter: key (" + Formats.count(ix.keyCount(big)) + " rows)", () -> RowViews.filter(new RowQuery(ix, cols, big, "", null, true), ProgressMonitor.NONE));
        report("filter: text 'k3x3'", () -> RowViews.filter(new RowQuery(ix, cols, -1, "k3x3", null, true), ProgressMonitor.NONE));
        report("filter: text '0.12' (every cell formatted)", () -> RowViews.filter(new RowQuery(ix, cols, -1, "0.12", null, true), ProgressMonitor.NONE));
        int[] all = new int[data.size()];
        Arrays.setAll(all, i -> i);
        for (String h : List.of("latency (ms)", "cin", "key", "MACs")) {
            RowColumn c = cols.stream().filter(x -> x.header().equals(h)).findFirst().orElseThrow();
            report("sort 1M by " + h, () -> RowViews.sort(ix, c, false, all, ProgressMonitor.NONE));
        }
        report("scatter data (cap 20,000 of " + Formats.count(ix.keyCount(big)) + ")", () -> ScatterData.build(ix, big, true, 20_000, ProgressMonitor.NONE));
        report("histogram of all 1M rows (log)", () -> HistogramData.build(ix, -1, true, ProgressMonitor.NONE));
        ui(data);
        System.exit(0);
    }

    private static void ui(LayerDataset data) throws Exception {
        FxHarness.startHeadless();
        Workspace ws = FxHarness.call(Workspace::new);
        DatasetsScreen screen = FxHarness.call(() -> {
            FxTaskRunner tasks = new FxTaskRunner(new DatasetsScreenshotsDialogs());
            return new DatasetsScreen(new UiContext(ws, tasks, new DatasetsScreenshotsDialogs()));
        });
        Scene scene = FxHarness.call(() -> {
            Stage st = new Stage();
            Scene s = new Scene((Parent) screen.view(), 1500, 900);
            st.setScene(s);
            st.show();
            return s;
        });
        long t0 = System.nanoTime();
        FxHarness.run(() -> ws.datasets().add(new DatasetEntry("1M", null, data, List.of(), 0)));
        FxHarness.run(() -> ((javafx.scene.control.ListView<?>) scene.lookup("#datasetList")).getSelectionModel().select(0));
        Label count = (Label) scene.lookup("#rowCount");
        FxHarness.waitFor(() -> count.getText().startsWith("1,000,000 of"), 60_000);
        System.out.printf("UI  select 1M dataset → rows shown: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        @SuppressWarnings("unchecked") TableView<Integer> table = (TableView<Integer>) scene.lookup("#rowTable");
        TableColumn<Integer, ?> latency = table.getColumns().stream().filter(c -> c.getText().equals("latency (ms)")).findFirst().orElseThrow();
        int minRow = 0;
        for (int r = 1; r < data.size(); r++) if (data.latency(r) < data.latency(minRow)) minRow = r;
        int min = minRow;
        double[] sortMs = new double[5];
        for (int i = 0; i < 5; i++) {
            FxHarness.run(() -> table.getSortOrder().clear());
            FxHarness.waitFor(() -> table.getItems().get(0) == 0 && table.getItems().get(1) == 1, 30_000);
            long s = System.nanoTime();
            FxHarness.run(() -> table.getSortOrder().setAll(List.of(latency)));
            FxHarness.waitFor(() -> table.getItems().get(0) == min, 30_000);
            sortMs[i] = (System.nanoTime() - s) / 1e6;
        }
        RowIndexList items = (RowIndexList) table.getItems();
        double[] swap = new double[5];
        for (int i = 0; i < 5; i++) {
            int[] perm = items.rows().clone();
            swap[i] = FxHarness.call(() -> {
                long a = System.nanoTime();
                items.setRows(perm);
                table.applyCss();
                table.layout();
                return (System.nanoTime() - a) / 1e6;
            });
        }
        System.out.printf("UI  swap in a 1M-row permutation (FX thread, incl. layout): median %.0f ms %s%n", median(swap), Arrays.toString(round(swap)));
        System.out.printf("UI  header sort by latency (1M) until shown: median %.0f ms %s%n", median(sortMs), Arrays.toString(round(sortMs)));
        javafx.scene.control.TextField text = (javafx.scene.control.TextField) scene.lookup("#textFilter");
        double[] filterMs = new double[5];
        for (int i = 0; i < 5; i++) {
            FxHarness.run(() -> text.setText(""));
            FxHarness.waitFor(() -> count.getText().startsWith("1,000,000 of"), 30_000);
            long s = System.nanoTime();
            FxHarness.run(() -> text.setText("k3x3"));
            FxHarness.waitFor(() -> !count.getText().startsWith("1,000,000 of"), 30_000);
            filterMs[i] = (System.nanoTime() - s) / 1e6;
        }
        System.out.printf("UI  text filter 'k3x3' on 1M (incl. 200 ms debounce, sorted view) until shown: median %.0f ms %s → %s%n",
                median(filterMs), Arrays.toString(round(filterMs)), count.getText());
        FxHarness.run(() -> text.setText(""));
        FxHarness.waitFor(() -> count.getText().startsWith("1,000,000 of"), 30_000);
        Random rnd = new Random(1);
        double[] layout = new double[60], frame = new double[60];
        for (int i = 0; i < 60; i++) {
            int row = rnd.nextInt(data.size());
            double[] r = FxHarness.call(() -> {
                long a = System.nanoTime();
                table.scrollTo(row);
                table.applyCss();
                table.layout();
                long b = System.nanoTime();
                scene.snapshot(null); // a full software render of the window, as a frame would be
                return new double[]{(b - a) / 1e6, (System.nanoTime() - a) / 1e6};
            });
            layout[i] = r[0];
            frame[i] = r[1];
        }
        System.out.printf("UI  scroll jump to a random row of 1M: layout median %.1f ms (max %.1f); layout+full-window render median %.1f ms (max %.1f)%n",
                median(layout), Arrays.stream(layout).max().orElse(0), median(frame), Arrays.stream(frame).max().orElse(0));
        double[] step = new double[60];
        for (int i = 0; i < 60; i++) {
            step[i] = FxHarness.call(() -> {
                long a = System.nanoTime();
                javafx.scene.control.ScrollBar bar = (javafx.scene.control.ScrollBar) table.lookup(".scroll-bar:vertical");
                bar.increment();
                table.applyCss();
                table.layout();
                scene.snapshot(null);
                return (System.nanoTime() - a) / 1e6;
            });
        }
        System.out.printf("UI  scroll by one step (scroll bar increment) + render: median %.1f ms (max %.1f)%n",
                median(step), Arrays.stream(step).max().orElse(0));
    }

    private static void report(String what, Callable<?> work) throws Exception {
        double[] ms = new double[5];
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            work.call();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        System.out.printf("%-55s median %6.0f ms  %s%n", what, median(ms), Arrays.toString(round(ms)));
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static long[] round(double[] v) {
        return Arrays.stream(v).mapToLong(Math::round).toArray();
    }
}
