package io.evolp.measure.sim;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Constants of the simulated devices. These are <b>not measurements</b>: they are round numbers
 * chosen so that a roofline model (see {@link RooflineCost}) lands in the magnitudes published for
 * such boards — full-width VGG16 convs ≈ 100–250 ms on a TX2, about twice that on a Nano, 1–3 s
 * on one CPU core; MobileNetV1 ≈ 30–60 ms on a Nano.
 *
 * <p>Per profile: effective dense-conv MAC rate (GMAC/s), effective memory bandwidth (GB/s), bytes
 * per activation/weight element (fp32 = 4, fp16 = 2), the channel tile sizes work is padded to
 * (cout, cin — the cause of the staircase), the share of the dense MAC rate a depthwise kernel
 * reaches, per-layer overhead (kernel launches, BN + ReLU dispatch), measurement noise (lognormal
 * sigma, spike probability and maximum spike size), the whole-model gap
 * ({@code model = scale · Σ layers + overhead}: pooling, residual adds, classifier, framework), and
 * the kernel-level effects that make latency more than a function of MACs: the number of output
 * elements at which the device is half occupied (small late layers leave a GPU idle), the speed-up
 * of 3×3 stride-1 convs (Winograd-style kernels) and the efficiency of 1×1 convs (little reuse).
 */
public enum DeviceProfile {

    //   id      description                              GMAC/s  GB/s  B  coutTile cinTile dwEff  layerMs  sigma  pSpike spike  scale  modelMs  halfOcc  wino  pwEff
    TX2("tx2", "Jetson-TX2-like GPU (simulated)",           90,   35,  4,  32,      8,     0.60,  0.15,    0.030, 0.02, 0.30,  1.15,  2.5,  60_000, 1.7, 0.70),
    NANO("nano", "Jetson-Nano-like GPU (simulated)",        42,   14,  2,  32,      8,     0.80,  0.45,    0.040, 0.03, 0.40,  1.20,  5.0,  40_000, 1.6, 0.75),
    CPU("cpu", "single-core x86-like CPU (simulated)",      10,    6,  4,   8,      1,     0.90,  0.03,    0.050, 0.04, 0.50,  1.08, 10.0,   2_000, 1.3, 0.85);

    private final String id;
    private final String description;
    final double gmacs;
    final double bandwidthGBs;
    final int bytesPerElement;
    final int coutTile;
    final int cinTile;
    final double depthwiseEfficiency;
    final double layerOverheadMs;
    final double noiseSigma;
    final double spikeProbability;
    final double spikeMax;
    final double modelScale;
    final double modelOverheadMs;
    final double halfOccupancyElements;
    final double winogradSpeedup;
    final double pointwiseEfficiency;

    DeviceProfile(String id, String description, double gmacs, double bandwidthGBs, int bytesPerElement,
                  int coutTile, int cinTile, double depthwiseEfficiency, double layerOverheadMs,
                  double noiseSigma, double spikeProbability, double spikeMax,
                  double modelScale, double modelOverheadMs, double halfOccupancyElements,
                  double winogradSpeedup, double pointwiseEfficiency) {
        this.id = id;
        this.description = description;
        this.gmacs = gmacs;
        this.bandwidthGBs = bandwidthGBs;
        this.bytesPerElement = bytesPerElement;
        this.coutTile = coutTile;
        this.cinTile = cinTile;
        this.depthwiseEfficiency = depthwiseEfficiency;
        this.layerOverheadMs = layerOverheadMs;
        this.noiseSigma = noiseSigma;
        this.spikeProbability = spikeProbability;
        this.spikeMax = spikeMax;
        this.modelScale = modelScale;
        this.modelOverheadMs = modelOverheadMs;
        this.halfOccupancyElements = halfOccupancyElements;
        this.winogradSpeedup = winogradSpeedup;
        this.pointwiseEfficiency = pointwiseEfficiency;
    }

    /** Short id: tx2, nano, cpu. */
    public String id() {
        return id;
    }

    /** Human-readable description, always marked "(simulated)". */
    public String description() {
        return description;
    }

    /** Whole-model latency = {@code modelScale() · Σ layers + modelOverheadMs()}. */
    public double modelScale() {
        return modelScale;
    }

    public double modelOverheadMs() {
        return modelOverheadMs;
    }

    /** Fixed per-layer cost (kernel launches, BN and ReLU dispatch), ms. */
    public double layerOverheadMs() {
        return layerOverheadMs;
    }

    /** Relative standard deviation (lognormal sigma) of a single measurement. */
    public double noiseSigma() {
        return noiseSigma;
    }

    // Read-only views of the remaining constants, so a user interface can show them (Devices screen).

    /** Effective dense-conv MAC rate, GMAC/s. */
    public double gmacs() { return gmacs; }

    /** Effective memory bandwidth, GB/s. */
    public double bandwidthGBs() { return bandwidthGBs; }

    /** Bytes per activation/weight element (4 = fp32, 2 = fp16). */
    public int bytesPerElement() { return bytesPerElement; }

    /** Output-channel tile that dense work is padded to. */
    public int coutTile() { return coutTile; }

    /** Input-channel tile that dense work is padded to. */
    public int cinTile() { return cinTile; }

    /** Share of the dense MAC rate a depthwise kernel reaches. */
    public double depthwiseEfficiency() { return depthwiseEfficiency; }

    /** Probability of a spike (an interrupted run) per measurement. */
    public double spikeProbability() { return spikeProbability; }

    /** Largest relative size of a spike. */
    public double spikeMax() { return spikeMax; }

    /** Output elements at which the device is half occupied. */
    public double halfOccupancyElements() { return halfOccupancyElements; }

    /** Speed-up of 3×3 stride-1 dense convs. */
    public double winogradSpeedup() { return winogradSpeedup; }

    /** Efficiency of 1×1 convs relative to the dense rate. */
    public double pointwiseEfficiency() { return pointwiseEfficiency; }

    /**
     * Accepts an id ({@code tx2}), a device spec ({@code simulated:tx2}) or a device name
     * ({@code simulated-tx2}), case-insensitively.
     *
     * @throws IllegalArgumentException naming the known profiles when none matches
     */
    public static DeviceProfile parse(String text) {
        String s = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (s.startsWith("simulated:")) s = s.substring("simulated:".length());
        else if (s.startsWith("simulated-")) s = s.substring("simulated-".length());
        for (DeviceProfile p : values()) {
            if (p.id.equals(s)) return p;
        }
        String known = Arrays.stream(values()).map(DeviceProfile::id).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("unknown simulated device '" + text + "'; known profiles: " + known
                + " (also as simulated:<id>)");
    }
}
