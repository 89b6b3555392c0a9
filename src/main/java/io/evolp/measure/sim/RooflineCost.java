package io.evolp.measure.sim;

import io.evolp.core.LayerConfig;

/**
 * Noise-free time of one Conv+BN+ReLU layer on a simulated device, split into its roofline parts
 * so a user can see <em>why</em> a layer costs what it costs. Total = {@code max(compute, memory)
 * + overhead}.
 *
 * <ul>
 *   <li><b>compute</b> = padded MACs / (GMAC/s · 1e6) ms. Dense layers pad {@code cout} up to the
 *       profile's cout tile and {@code cin/groups} up to its cin tile (GPU kernels work in tiles;
 *       a 33-channel layer runs a second, mostly empty tile), which gives the staircase real
 *       devices show. Depthwise layers (one input channel per group, which includes a plain conv
 *       with cin = 1) pad the channel count to the cout tile and run at
 *       {@code depthwiseEfficiency} of the dense rate (no GEMM to map onto).</li>
 *   <li>The dense rate is then shaped by what real kernels do: it is multiplied by the occupancy
 *       {@code W / (W + W½)} with W the output elements (a layer with few outputs leaves most of a
 *       GPU idle), by the Winograd speed-up for 3×3 stride-1 dense convs, and by the 1×1 efficiency
 *       for pointwise convs. These make latency a non-linear function of MACs that differs per
 *       configuration key — the reason per-key predictors beat a MACs proxy on real devices.</li>
 *   <li><b>memory</b> = (input + output activations + weights) · bytes per element / bandwidth.
 *       Depthwise layers do ~k² MACs per element moved, so they end up memory-bound.</li>
 *   <li><b>overhead</b> = fixed per-layer cost (kernel launches, BN and ReLU dispatch).</li>
 * </ul>
 * Padded work never decreases when channels grow, so time is monotone (non-decreasing) in cin
 * and cout, with steps at tile boundaries.
 */
public record RooflineCost(double computeMs, double memoryMs, double overheadMs) {

    public static RooflineCost of(DeviceProfile p, LayerConfig c) {
        double spatial = (double) c.outputHeight() * c.outputWidth() * c.kh() * c.kw();
        double paddedMacs;
        double rate = p.gmacs * 1e6; // MAC per ms
        // One input channel per group (depthwise, and also a plain conv with cin = 1, which is the
        // same computation): no reduction over channels, so no GEMM to pad — the per-channel kernel.
        if (c.cin() / c.groups() == 1) {
            paddedMacs = spatial * roundUp(c.cout(), p.coutTile);
            rate *= p.depthwiseEfficiency;
        } else {
            paddedMacs = spatial * roundUp(c.cout(), p.coutTile) * roundUp(c.cin() / c.groups(), p.cinTile);
            if (c.kh() == 3 && c.kw() == 3 && c.sh() == 1 && c.sw() == 1) rate *= p.winogradSpeedup;
            if (c.kh() == 1 && c.kw() == 1) rate *= p.pointwiseEfficiency;
        }
        // Occupancy counts the launched (tile-padded) outputs, so time stays flat within a tile.
        double outputs = (double) c.outputHeight() * c.outputWidth() * roundUp(c.cout(), p.coutTile);
        rate *= outputs / (outputs + p.halfOccupancyElements);
        double elements = (double) c.inputSize() * c.inputSize() * c.cin()
                + (double) c.outputHeight() * c.outputWidth() * c.cout()
                + c.params();
        double memoryMs = elements * p.bytesPerElement / (p.bandwidthGBs * 1e6); // GB/s = 1e6 bytes per ms
        return new RooflineCost(paddedMacs / rate, memoryMs, p.layerOverheadMs);
    }

    public double totalMs() {
        return Math.max(computeMs, memoryMs) + overheadMs;
    }

    public boolean memoryBound() {
        return memoryMs > computeMs;
    }

    private static long roundUp(int x, int tile) {
        return (long) Math.ceil(x / (double) tile) * tile;
    }
}
