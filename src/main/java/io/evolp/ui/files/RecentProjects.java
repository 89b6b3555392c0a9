package io.evolp.ui.files;

import java.nio.file.Path;

/**
 * Where the project actions record the recent-projects list. The shell keeps it in its preferences
 * and writes them at once; the file actions know nothing of preferences or windows.
 */
public interface RecentProjects {

    /** {@code project} was opened or saved: it goes to the top of the list. */
    void add(Path project);

    /** {@code project} is gone from disk: it leaves the list. */
    void remove(Path project);
}
