package io.evolp.predict.gp;

import io.evolp.core.LayerConfig;

import java.util.List;

/**
 * The inputs of the Gaussian process: sizes in logs (latency is close to a power law of them, so a
 * stationary kernel sees near-linear structure), the small integers as they are, and the two facts
 * runtimes switch kernels on — channels divisible by 4 and depthwise. Version {@value #VERSION}; the
 * names are written into predictor files.
 */
public final class GpFeatures {

    public static final int VERSION = 1;
    public static final List<String> NAMES = List.of("log_input_size", "log_cin", "log_cout", "kh", "kw", "sh", "sw",
            "log_macs", "log_input_elements", "log_output_elements", "log_groups", "cin_mod4_zero", "cout_mod4_zero",
            "depthwise");
    public static final int COUNT = NAMES.size();

    private GpFeatures() {
    }

    public static double[] of(LayerConfig c) {
        double inEl = (double) c.inputSize() * c.inputSize() * c.cin();
        double outEl = (double) c.outputHeight() * c.outputWidth() * c.cout();
        return new double[]{Math.log(c.inputSize()), Math.log(c.cin()), Math.log(c.cout()), c.kh(), c.kw(), c.sh(), c.sw(),
                Math.log(Math.max(1, c.macs())), Math.log(inEl), Math.log(Math.max(1, outEl)), Math.log(c.groups()),
                c.cin() % 4 == 0 ? 1 : 0, c.cout() % 4 == 0 ? 1 : 0, c.depthwise() ? 1 : 0};
    }
}
