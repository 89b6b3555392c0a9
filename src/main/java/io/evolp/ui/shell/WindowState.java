package io.evolp.ui.shell;

import io.evolp.io.prefs.PreferencesFile;

/** Main window geometry as remembered between runs (the size before maximising, and whether it was). */
public record WindowState(double x, double y, double width, double height, boolean maximized) {

    PreferencesFile.Window toFile() {
        return new PreferencesFile.Window(x, y, width, height, maximized);
    }

    /** Null when absent or implausible (a window cannot be smaller than 200 × 150). */
    static WindowState fromFile(PreferencesFile.Window o) {
        if (o == null) return null;
        double w = o.width() == null ? 0 : o.width(), h = o.height() == null ? 0 : o.height();
        if (!(w >= 200 && h >= 150) || !Double.isFinite(w) || !Double.isFinite(h)) return null;
        double x = o.x() == null ? Double.NaN : o.x(), y = o.y() == null ? Double.NaN : o.y();
        return new WindowState(x, y, w, h, o.maximized() != null && o.maximized());
    }
}
