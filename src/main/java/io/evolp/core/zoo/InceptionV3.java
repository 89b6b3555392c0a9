package io.evolp.core.zoo;

/**
 * Inception v3 as in torchvision (299x299 input, no auxiliary classifier): stem convs
 * 32/32/64, max pool, 80 1x1, 192 3x3, max pool (→ 35x35), Mixed_5b/5c/5d (InceptionA), Mixed_6a
 * (InceptionB, → 17x17), Mixed_6b–6e (InceptionC with 1x7 / 7x1 convs), Mixed_7a (InceptionD,
 * → 8x8) and Mixed_7b/7c (InceptionE with 1x3 / 3x1 branches). 94 convs.
 *
 * <p>Every conv output is prunable; names follow torchvision's modules (e.g. {@code Conv2d_1a_3x3},
 * {@code Mixed_6b.branch7x7_2}) in forward order. A block's output width is the sum of its branch
 * widths (plus the untouched input width for the max-pool branch of InceptionB/D), which becomes
 * the next block's input width.
 */
public final class InceptionV3 extends BaseArchitecture {

    public InceptionV3() {
        super("inceptionv3", 299);
    }

    @Override
    void build(WidthCursor w, ConvList out) {
        int c = w.next("Conv2d_1a_3x3", 32);
        int size = out.conv(inputSize(), 3, c, 3, 2, 0);                 // 149
        int c2 = w.next("Conv2d_2a_3x3", 32);
        size = out.conv(size, c, c2, 3, 1, 0);                            // 147
        int c3 = w.next("Conv2d_2b_3x3", 64);
        size = out.conv(size, c2, c3, 3, 1, 1);                           // 147
        size = ConvList.pool(size, 3, 2, 0);                              // 73
        int c4 = w.next("Conv2d_3b_1x1", 80);
        size = out.conv(size, c3, c4, 1, 1, 0);
        int c5 = w.next("Conv2d_4a_3x3", 192);
        size = out.conv(size, c4, c5, 3, 1, 0);                           // 71
        size = ConvList.pool(size, 3, 2, 0);                              // 35

        int ch = inceptionA(w, out, "Mixed_5b", size, c5, 32);
        ch = inceptionA(w, out, "Mixed_5c", size, ch, 64);
        ch = inceptionA(w, out, "Mixed_5d", size, ch, 64);
        ch = inceptionB(w, out, "Mixed_6a", size, ch);
        size = ConvList.pool(size, 3, 2, 0);                              // 17
        ch = inceptionC(w, out, "Mixed_6b", size, ch, 128);
        ch = inceptionC(w, out, "Mixed_6c", size, ch, 160);
        ch = inceptionC(w, out, "Mixed_6d", size, ch, 160);
        ch = inceptionC(w, out, "Mixed_6e", size, ch, 192);
        ch = inceptionD(w, out, "Mixed_7a", size, ch);
        size = ConvList.pool(size, 3, 2, 0);                              // 8
        ch = inceptionE(w, out, "Mixed_7b", size, ch);
        inceptionE(w, out, "Mixed_7c", size, ch);
    }

    /** 1x1 | 1x1→5x5 | 1x1→3x3→3x3 | avgpool→1x1; returns the concat width. */
    private static int inceptionA(WidthCursor w, ConvList out, String n, int size, int cin, int poolFeatures) {
        int b1 = w.next(n + ".branch1x1", 64);
        out.conv(size, cin, b1, 1, 1, 0);
        int b5a = w.next(n + ".branch5x5_1", 48);
        out.conv(size, cin, b5a, 1, 1, 0);
        int b5 = w.next(n + ".branch5x5_2", 64);
        out.conv(size, b5a, b5, 5, 1, 2);
        int d1 = w.next(n + ".branch3x3dbl_1", 64);
        out.conv(size, cin, d1, 1, 1, 0);
        int d2 = w.next(n + ".branch3x3dbl_2", 96);
        out.conv(size, d1, d2, 3, 1, 1);
        int d3 = w.next(n + ".branch3x3dbl_3", 96);
        out.conv(size, d2, d3, 3, 1, 1);
        int pool = w.next(n + ".branch_pool", poolFeatures);
        out.conv(size, cin, pool, 1, 1, 0);
        return b1 + b5 + d3 + pool;
    }

    /** Grid reduction 35→17: 3x3/2 | 1x1→3x3→3x3/2 | maxpool (passes cin through). */
    private static int inceptionB(WidthCursor w, ConvList out, String n, int size, int cin) {
        int b3 = w.next(n + ".branch3x3", 384);
        out.conv(size, cin, b3, 3, 2, 0);
        int d1 = w.next(n + ".branch3x3dbl_1", 64);
        out.conv(size, cin, d1, 1, 1, 0);
        int d2 = w.next(n + ".branch3x3dbl_2", 96);
        out.conv(size, d1, d2, 3, 1, 1);
        int d3 = w.next(n + ".branch3x3dbl_3", 96);
        out.conv(size, d2, d3, 3, 2, 0);
        return b3 + d3 + cin;
    }

    /** Factorised 7x7: 1x1 | 1x1→1x7→7x1 | 1x1→7x1→1x7→7x1→1x7 | avgpool→1x1. */
    private static int inceptionC(WidthCursor w, ConvList out, String n, int size, int cin, int c7) {
        int b1 = w.next(n + ".branch1x1", 192);
        out.conv(size, cin, b1, 1, 1, 0);
        int a1 = w.next(n + ".branch7x7_1", c7);
        out.conv(size, cin, a1, 1, 1, 0);
        int a2 = w.next(n + ".branch7x7_2", c7);
        row7(out, size, a1, a2);
        int a3 = w.next(n + ".branch7x7_3", 192);
        col7(out, size, a2, a3);
        int d1 = w.next(n + ".branch7x7dbl_1", c7);
        out.conv(size, cin, d1, 1, 1, 0);
        int d2 = w.next(n + ".branch7x7dbl_2", c7);
        col7(out, size, d1, d2);
        int d3 = w.next(n + ".branch7x7dbl_3", c7);
        row7(out, size, d2, d3);
        int d4 = w.next(n + ".branch7x7dbl_4", c7);
        col7(out, size, d3, d4);
        int d5 = w.next(n + ".branch7x7dbl_5", 192);
        row7(out, size, d4, d5);
        int pool = w.next(n + ".branch_pool", 192);
        out.conv(size, cin, pool, 1, 1, 0);
        return b1 + a3 + d5 + pool;
    }

    /** Grid reduction 17→8: 1x1→3x3/2 | 1x1→1x7→7x1→3x3/2 | maxpool (passes cin through). */
    private static int inceptionD(WidthCursor w, ConvList out, String n, int size, int cin) {
        int a1 = w.next(n + ".branch3x3_1", 192);
        out.conv(size, cin, a1, 1, 1, 0);
        int a2 = w.next(n + ".branch3x3_2", 320);
        out.conv(size, a1, a2, 3, 2, 0);
        int b1 = w.next(n + ".branch7x7x3_1", 192);
        out.conv(size, cin, b1, 1, 1, 0);
        int b2 = w.next(n + ".branch7x7x3_2", 192);
        row7(out, size, b1, b2);
        int b3 = w.next(n + ".branch7x7x3_3", 192);
        col7(out, size, b2, b3);
        int b4 = w.next(n + ".branch7x7x3_4", 192);
        out.conv(size, b3, b4, 3, 2, 0);
        return a2 + b4 + cin;
    }

    /** Expanded filter bank: 1x1 | 1x1→(1x3 ‖ 3x1) | 1x1→3x3→(1x3 ‖ 3x1) | avgpool→1x1. */
    private static int inceptionE(WidthCursor w, ConvList out, String n, int size, int cin) {
        int b1 = w.next(n + ".branch1x1", 320);
        out.conv(size, cin, b1, 1, 1, 0);
        int a1 = w.next(n + ".branch3x3_1", 384);
        out.conv(size, cin, a1, 1, 1, 0);
        int a2a = w.next(n + ".branch3x3_2a", 384);
        out.conv(size, a1, a2a, 1, 3, 1, 0, 1, 1);
        int a2b = w.next(n + ".branch3x3_2b", 384);
        out.conv(size, a1, a2b, 3, 1, 1, 1, 0, 1);
        int d1 = w.next(n + ".branch3x3dbl_1", 448);
        out.conv(size, cin, d1, 1, 1, 0);
        int d2 = w.next(n + ".branch3x3dbl_2", 384);
        out.conv(size, d1, d2, 3, 1, 1);
        int d3a = w.next(n + ".branch3x3dbl_3a", 384);
        out.conv(size, d2, d3a, 1, 3, 1, 0, 1, 1);
        int d3b = w.next(n + ".branch3x3dbl_3b", 384);
        out.conv(size, d2, d3b, 3, 1, 1, 1, 0, 1);
        int pool = w.next(n + ".branch_pool", 192);
        out.conv(size, cin, pool, 1, 1, 0);
        return b1 + a2a + a2b + d3a + d3b + pool;
    }

    /** 1x7 conv (kernel height 1, width 7), padding (0, 3). */
    private static void row7(ConvList out, int size, int cin, int cout) {
        out.conv(size, cin, cout, 1, 7, 1, 0, 3, 1);
    }

    /** 7x1 conv (kernel height 7, width 1), padding (3, 0). */
    private static void col7(ConvList out, int size, int cin, int cout) {
        out.conv(size, cin, cout, 7, 1, 1, 3, 0, 1);
    }
}
