package io.evolp.analysis;

import java.util.Locale;

/**
 * The architecture a layer dataset file belongs to, read from its name the way the sample data and
 * the measurement scripts name files: {@code <architecture>-<device>.csv} (e.g.
 * {@code vgg16-local-cpu.csv} on device {@code local-cpu} is {@code vgg16}). A name without the
 * device ending is the architecture as it is.
 */
public final class ArchitectureNames {

    private ArchitectureNames() {
    }

    public static String of(String fileName, String device) {
        String stem = fileName;
        int slash = Math.max(stem.lastIndexOf('/'), stem.lastIndexOf('\\'));
        stem = stem.substring(slash + 1);
        if (stem.toLowerCase(Locale.ROOT).endsWith(".csv")) stem = stem.substring(0, stem.length() - 4);
        String suffix = "-" + device;
        if (device != null && !device.isEmpty() && stem.endsWith(suffix) && stem.length() > suffix.length()) {
            return stem.substring(0, stem.length() - suffix.length());
        }
        return stem.isEmpty() ? fileName : stem;
    }
}
