package io.evolp.ui.common;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rows and columns of a fixed-row-height table grow with the text size instead of clipping it. */
@ExtendWith(ApplicationExtension.class)
class FontScaledTableTest {

    private VBox root;
    private TableView<Integer> table;
    private TableColumn<Integer, String> column;

    @Start
    void start(Stage stage) {
        Label probe = new Label("3 rows");
        table = new TableView<>();
        column = new TableColumn<>("key");
        column.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>("k" + f.getValue()));
        table.getColumns().add(column);
        table.getItems().addAll(1, 2, 3);
        root = new VBox(probe, table);
        root.setStyle("-fx-font-size: 13px;");
        FontScaledTable.follow(table, probe);
        column.setPrefWidth(FontScaledTable.width(100, probe));
        stage.setScene(new Scene(root, 400, 300));
        stage.show();
    }

    @Test
    void rowHeightAndColumnWidthFollowTheTextSize() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(24.0, table.getFixedCellSize(), 0.01, "base size keeps the 24 px rows");
        double base = column.getPrefWidth();

        WaitForAsyncUtils.asyncFx(() -> {
            root.setStyle("-fx-font-size: 19.5px;"); // 150 %, as presentation mode
            root.applyCss();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(36.0, table.getFixedCellSize(), 0.01, "150 % text gets 150 % rows");
        assertEquals(base * 1.5, column.getPrefWidth(), 0.5);

        WaitForAsyncUtils.asyncFx(() -> {
            root.setStyle("-fx-font-size: 13px;");
            root.applyCss();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(24.0, table.getFixedCellSize(), 0.01);
        assertEquals(base, column.getPrefWidth(), 0.5, "back to the base size, back to the base width");
    }

    @Test
    void rowsNeverShrinkBelowTheBaseHeight() {
        assertEquals(24.0, FontScaledTable.rowHeight(9), 0.01);
        assertEquals(36.0, FontScaledTable.rowHeight(19.5), 0.01);
    }
}
