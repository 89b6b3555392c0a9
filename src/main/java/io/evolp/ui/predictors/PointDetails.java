package io.evolp.ui.predictors;

import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.PredictorEntry;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * What the user sees after clicking a point of the predicted-vs-measured chart: the dataset row
 * behind it (configuration, key, file line), its measured and predicted latency and the error.
 */
final class PointDetails {

    private final Label text = new Label("Click a point of the predicted-vs-measured chart to see its dataset row.");
    private final VBox box;

    PointDetails() {
        text.setId("point-details");
        text.setWrapText(true);
        Label head = new Label("Selected point");
        head.setStyle("-fx-font-weight: bold;");
        box = new VBox(6, head, text);
        box.setPadding(new Insets(8));
        box.setMinWidth(220);
        box.setPrefWidth(250);
    }

    VBox view() {
        return box;
    }

    String text() {
        return text.getText();
    }

    void clear() {
        text.setText("Click a point of the predicted-vs-measured chart to see its dataset row.");
    }

    /**
     * @param index position in the entry's evaluation report (its {@code rows()[index]} is the dataset row)
     * @param dataset the dataset the report was computed on (null when it was closed meanwhile)
     */
    void show(PredictorEntry entry, int index, DatasetEntry dataset) {
        var r = entry.evaluation();
        int row = r.rows()[index];
        double measured = r.measured()[index], predicted = r.predicted()[index];
        StringBuilder sb = new StringBuilder();
        sb.append(entry.name()).append('\n');
        sb.append("dataset row ").append(row);
        if (dataset != null) {
            LayerDataset ds = dataset.dataset();
            if (ds.sourceLine(row) > 0) sb.append(" (file line ").append(ds.sourceLine(row)).append(')');
            sb.append(" of ").append(dataset.name()).append('\n');
            LayerConfig c = ds.config(row);
            sb.append("key ").append(c.key().label()).append('\n');
            sb.append(String.format(Locale.ROOT, "input %d, cin %d, cout %d%nkernel %d×%d, stride %d×%d, padding %d×%d%ngroups %d, bias %s%n",
                    c.inputSize(), c.cin(), c.cout(), c.kh(), c.kw(), c.sh(), c.sw(), c.ph(), c.pw(), c.groups(), c.bias()));
        } else {
            sb.append(" of ").append(entry.datasetName()).append(" (no longer open)\n");
        }
        sb.append("measured ").append(Fmt.ms(measured)).append(" ms\n");
        sb.append("predicted ").append(Fmt.ms(predicted)).append(" ms\n");
        sb.append(String.format(Locale.ROOT, "error %+.2f %%", 100 * (predicted - measured) / measured));
        text.setText(sb.toString());
    }
}
