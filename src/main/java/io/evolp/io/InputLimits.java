package io.evolp.io;

/**
 * Size limits of every file input. A device or pipe that never ends ({@code /dev/zero}) or a file
 * far larger than any real input ends with a clear message instead of filling the heap.
 *
 * <p>The defaults are far above real files (a 1,000,000-row dataset is about 50 MB; the largest
 * predictor, a forest, a few MB). They can be changed with system properties
 * ({@code -Devolp.max.json.mb=…}, {@code -Devolp.max.csv.mb=…}), read on every use so tests can
 * lower them.
 */
public final class InputLimits {

    /** One CSV record (line) longer than this is no dataset row: a binary file or an endless device. */
    public static final int MAX_CSV_RECORD_BYTES = 8 << 20;

    private InputLimits() {
    }

    /** Largest JSON / JSON-lines file (models, predictors, sessions, projects, γ files). */
    public static long maxJsonBytes() {
        return mb("evolp.max.json.mb", 128);
    }

    /** Largest CSV file (datasets, plans, γ tables). */
    public static long maxCsvBytes() {
        return mb("evolp.max.csv.mb", 4096);
    }

    /** Largest binary model (ONNX). */
    public static long maxBinaryBytes() {
        return mb("evolp.max.binary.mb", 2000);
    }

    static String describe(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : bytes + " bytes";
    }

    private static long mb(String property, long dflt) {
        String v = System.getProperty(property);
        if (v != null) {
            try {
                long mb = Long.parseLong(v.trim());
                if (mb > 0) return mb << 20;
            } catch (NumberFormatException ignored) {
                // a bad setting falls back to the default rather than disabling the limit
            }
        }
        return dflt << 20;
    }
}
