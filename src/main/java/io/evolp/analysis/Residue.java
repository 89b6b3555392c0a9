package io.evolp.analysis;

/**
 * Channel alignment classes of {@code cin}, the ones {@code core.ChannelResidues} plants in sampling
 * plans: runtimes have steps exactly there (ONNX Runtime's depthwise convs at multiples of 4, GPUs
 * tiling by 32), so the error of a predictor should be read per class. Each count is in exactly one
 * class: the largest of 32, 16, 8, 4 that divides it, or none.
 */
public enum Residue {
    MULTIPLE_OF_32("cin%32=0"),
    MULTIPLE_OF_16("cin%16=0"),
    MULTIPLE_OF_8("cin%8=0"),
    MULTIPLE_OF_4("cin%4=0"),
    NOT_MULTIPLE_OF_4("cin%4!=0");

    private final String label;

    Residue(String label) {
        this.label = label;
    }

    /** Short label for tables; each class excludes the coarser ones above it. */
    public String label() {
        return label;
    }

    public static Residue of(int cin) {
        if (cin % 32 == 0) return MULTIPLE_OF_32;
        if (cin % 16 == 0) return MULTIPLE_OF_16;
        if (cin % 8 == 0) return MULTIPLE_OF_8;
        if (cin % 4 == 0) return MULTIPLE_OF_4;
        return NOT_MULTIPLE_OF_4;
    }
}
