package io.evolp.ui.datasets;

import io.evolp.ui.common.ExportMenus;
import io.evolp.core.InputProblem;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.UiContext;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The rows the reader rejected, each with file, line, column and what was wrong — the valid rows
 * of the same file stay loaded. The reader lists at most its cap (200); the rest are counted.
 */
final class ProblemsPane {

    private final TableView<InputProblem> table = new TableView<>();
    private final Label header = new Label();
    private final Label more = new Label();
    private final BorderPane view;

    ProblemsPane(UiContext ctx) {
        table.setId("problemTable");
        table.setPlaceholder(new Label("No problems: every row of this file was read."));
        table.getColumns().setAll(List.of(
                col("file", p -> p.file() == null ? "" : fileName(p.file()), 180),
                col("line", InputProblem::line, 60),
                col("column", InputProblem::column, 60),
                col("column name", p -> p.columnName() == null ? "" : p.columnName(), 130),
                col("message", InputProblem::message, 460)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        header.setId("problemHeader");
        more.setId("moreProblems");
        more.setStyle("-fx-font-style: italic;");
        Button export = ExportMenus.table(table, ctx, "problems");
        export.setId("exportProblems");
        HBox bottom = new HBox(8, export, more);
        bottom.setPadding(new Insets(4, 0, 0, 0));
        view = new BorderPane(table, new VBox(4, header), null, bottom, null);
        BorderPane.setMargin(table, new Insets(6, 0, 0, 0));
        view.setPadding(new Insets(8));
    }

    BorderPane view() { return view; }
    TableView<InputProblem> table() { return table; }

    void show(DatasetEntry e) {
        table.setItems(FXCollections.observableList(e.problems()));
        if (e.totalProblems() == 0) {
            header.setText(e.name() + ": every row was valid.");
        } else {
            header.setText("⚠ " + Formats.count(e.totalProblems()) + " rows of " + e.name()
                    + " were rejected; the " + Formats.count(e.dataset().size()) + " valid rows are loaded.");
        }
        int hidden = e.totalProblems() - e.problems().size();
        more.setText(hidden > 0 ? "and " + Formats.count(hidden) + " more problems not listed" : "");
    }

    void clear() {
        table.setItems(FXCollections.observableArrayList());
        header.setText("");
        more.setText("");
    }

    private static String fileName(String f) {
        try {
            return Path.of(f).getFileName().toString();
        } catch (RuntimeException notAPath) {
            return f;
        }
    }

    private static <T> TableColumn<InputProblem, T> col(String h, Function<InputProblem, T> f, double w) {
        TableColumn<InputProblem, T> c = new TableColumn<>(h);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setPrefWidth(w);
        return c;
    }
}
