package io.evolp.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every dialog the workbench opens, behind an interface (JabRef's habit) so TestFX tests can answer
 * them without native file choosers or modal windows.
 */
public interface Dialogs {

    /** A problem the user must read: one line, no stack trace. */
    void error(String title, String message);

    void info(String title, String message);

    /** Yes/No/Cancel: empty when cancelled. */
    Optional<Boolean> confirm(String title, String message);

    /**
     * As {@link #confirm}, with buttons that name the choices (e.g. "Save" / "Don't Save" / "Cancel"):
     * true for {@code yes}, false for {@code no}, empty when cancelled. Implementations without their
     * own labels answer it as {@link #confirm}.
     */
    default Optional<Boolean> choose(String title, String message, String yes, String no) {
        return confirm(title, message);
    }

    /** A file to open; {@code extensions} like "*.csv". Empty when cancelled. */
    Optional<Path> openFile(String title, List<String> extensions);

    /** Several files to open. */
    List<Path> openFiles(String title, List<String> extensions);

    /** A file to save, with a suggested name. Empty when cancelled. */
    Optional<Path> saveFile(String title, String suggestedName, List<String> extensions);

    /** A line of text (e.g. a measured latency); empty when cancelled. */
    Optional<String> askText(String title, String prompt, String initial);
}
