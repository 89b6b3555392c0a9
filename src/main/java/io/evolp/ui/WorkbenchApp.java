package io.evolp.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The JavaFX workbench. A shell for now: the screens arrive with the workbench issue. */
public class WorkbenchApp extends Application {

    public static final String TITLE = "EvoLP Workbench";

    public static void launchApp(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle(TITLE);
        stage.setScene(new Scene(createRoot(), 1100, 720));
        stage.show();
    }

    /** Root node of the main window; separate so tests can mount it. */
    static BorderPane createRoot() {
        Label placeholder = new Label("EvoLP Workbench — the screens (Datasets, Predictors, Compression, Devices) "
                + "arrive with the workbench release. Everything is available today from the command line: "
                + "java -jar evolp.jar --help");
        placeholder.setWrapText(true);
        placeholder.setId("placeholder");
        BorderPane root = new BorderPane(placeholder);
        root.setStyle("-fx-padding: 24; -fx-font-size: 14px;");
        return root;
    }
}
