package io.evolp.ui.devices;

import io.evolp.measure.sim.DeviceProfile;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The constants of a simulated device profile as label → readable value, in the order a reader
 * follows the roofline model: compute, memory, tiling, kernel effects, overheads, noise.
 */
public final class ProfileFacts {

    private ProfileFacts() {
    }

    public static Map<String, String> of(DeviceProfile p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Compute rate", f("%.0f GMAC/s (dense conv)", p.gmacs()));
        m.put("Memory bandwidth", f("%.0f GB/s, %d bytes per element (%s)", p.bandwidthGBs(), p.bytesPerElement(),
                p.bytesPerElement() == 2 ? "fp16" : "fp32"));
        m.put("Channel tiles", f("cout padded to %d, cin to %d (the latency staircase)", p.coutTile(), p.cinTile()));
        m.put("Occupancy", f("half occupied at %,.0f output elements", p.halfOccupancyElements()));
        m.put("Kernel effects", f("3×3 stride-1 ×%.2f, 1×1 at %.0f %%, depthwise at %.0f %% of the dense rate",
                p.winogradSpeedup(), 100 * p.pointwiseEfficiency(), 100 * p.depthwiseEfficiency()));
        m.put("Per-layer overhead", f("%.3f ms (launches, BN + ReLU)", p.layerOverheadMs()));
        m.put("Whole model", f("%.2f × Σ layers + %.1f ms", p.modelScale(), p.modelOverheadMs()));
        m.put("Noise", f("lognormal σ = %.1f %%; spikes of up to +%.0f %% in %.0f %% of runs",
                100 * p.noiseSigma(), 100 * p.spikeMax(), 100 * p.spikeProbability()));
        return m;
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
