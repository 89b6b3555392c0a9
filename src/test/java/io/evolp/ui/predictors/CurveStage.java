package io.evolp.ui.predictors;

import io.evolp.core.LayerDataset;
import io.evolp.io.DatasetCsvReader;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.UiContext;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.List;

/** Shared start of the learning-curve screen tests: quarters of the VGG sample as named datasets, the screen shown at 1280×800. */
final class CurveStage {

    private CurveStage() {
    }

    /** Dataset {@code i} holds the VGG rows {@code r % 4 == i} (small, so curves run in seconds). */
    static PredictorsScreen show(Stage stage, UiContext ctx, String... datasetNames) throws Exception {
        LayerDataset vgg = DatasetCsvReader.read(PredictorsControllerTest.VGG, null).dataset();
        for (int i = 0; i < datasetNames.length; i++) {
            int quarter = i;
            ctx.workspace().datasets().add(new DatasetEntry(datasetNames[i], null, vgg.filter(r -> r % 4 == quarter), List.of(), 0));
        }
        PredictorsScreen screen = new PredictorsScreen(ctx);
        Scene scene = new Scene((Parent) screen.view(), 1280, 800);
        scene.getStylesheets().add(CurveStage.class.getResource("/io/evolp/ui/light.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        return screen;
    }
}
