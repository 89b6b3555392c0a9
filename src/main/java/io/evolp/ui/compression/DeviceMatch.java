package io.evolp.ui.compression;

import java.util.Locale;

/**
 * Whether the predictor's device (the device column of the data it was trained on, e.g.
 * {@code simulated-tx2} or {@code local-cpu}) fits the measurement source the session will use.
 * A mismatch is not an error — the correction learns any gap — but the first steps then miss by
 * the whole difference between two devices, and the user should know why.
 */
final class DeviceMatch {

    private DeviceMatch() {
    }

    /** A one-line warning, or "" when the two fit (or nothing can be said). */
    static String warning(String predictorDevice, String sourceSpec) {
        if (predictorDevice == null || predictorDevice.isBlank() || sourceSpec == null || sourceSpec.isBlank()) return "";
        String pd = predictorDevice.trim().toLowerCase(Locale.ROOT);
        String spec = sourceSpec.trim().toLowerCase(Locale.ROOT);
        boolean predictorSimulated = pd.contains("simulated");
        boolean fits;
        if (spec.startsWith("simulated:")) {
            fits = predictorSimulated && pd.contains(spec.substring("simulated:".length()));
        } else if (spec.startsWith("replay:")) {
            fits = predictorSimulated == spec.contains("simulated");
        } else {
            fits = !predictorSimulated; // local or a remote agent: real hardware
        }
        if (fits) return "";
        return "⚠ The predictor was trained on '" + predictorDevice + "' but the session measures on '" + sourceSpec
                + "': the first steps will miss by the difference between the two devices until the correction has"
                + " learnt it. Choose a predictor trained on this device, or measure on the predictor's device.";
    }
}
