package io.evolp.ui.shell;

import io.evolp.ui.common.Dialogs;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The real {@link Dialogs}: JavaFX alerts and native file choosers, owned by the main window.
 * File choosers start in the folder last used, which is what people expect when importing a
 * series of files. FX thread only.
 */
public final class FxDialogs implements Dialogs {

    private final Supplier<Window> owner;
    private File lastFolder;

    public FxDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void error(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void info(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public Optional<Boolean> confirm(String title, String message) {
        return choose(title, message, "Yes", "No");
    }

    @Override
    public Optional<Boolean> choose(String title, String message, String yesLabel, String noLabel) {
        ButtonType yes = new ButtonType(yesLabel, ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(noLabel, ButtonBar.ButtonData.NO);
        Alert a = alert(Alert.AlertType.CONFIRMATION, title, message);
        a.getButtonTypes().setAll(yes, no, ButtonType.CANCEL);
        a.getDialogPane().setId("confirm-dialog");
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(yes)).setDefaultButton(true);
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(false);
        Optional<ButtonType> answer = a.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) return Optional.empty();
        return Optional.of(answer.get() == yes);
    }

    @Override
    public Optional<Path> openFile(String title, List<String> extensions) {
        File f = chooser(title, extensions, null).showOpenDialog(owner.get());
        return remember(f);
    }

    @Override
    public List<Path> openFiles(String title, List<String> extensions) {
        List<File> fs = chooser(title, extensions, null).showOpenMultipleDialog(owner.get());
        if (fs == null || fs.isEmpty()) return List.of();
        remember(fs.get(0));
        return fs.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName, List<String> extensions) {
        File f = chooser(title, extensions, suggestedName).showSaveDialog(owner.get());
        return remember(f);
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        TextInputDialog d = new TextInputDialog(initial == null ? "" : initial);
        d.initOwner(owner.get());
        d.setTitle(title);
        d.setHeaderText(null);
        d.setContentText(prompt);
        return d.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        // Text from input files must not carry control characters into the dialog (line breaks are ours).
        Alert a = new Alert(type, message == null ? null : String.join("\n",
                java.util.Arrays.stream(message.split("\n", -1)).map(io.evolp.core.SafeText::escape).toList()));
        a.initOwner(owner.get());
        a.setTitle(title);
        a.setHeaderText(title);
        a.setResizable(true);
        return a;
    }

    private FileChooser chooser(String title, List<String> extensions, String suggestedName) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        if (extensions != null && !extensions.isEmpty()) {
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(String.join(", ", extensions), extensions));
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        }
        if (lastFolder != null && lastFolder.isDirectory()) c.setInitialDirectory(lastFolder);
        if (suggestedName != null) c.setInitialFileName(suggestedName);
        return c;
    }

    private Optional<Path> remember(File f) {
        if (f == null) return Optional.empty();
        lastFolder = f.getAbsoluteFile().getParentFile();
        return Optional.of(f.toPath());
    }
}
