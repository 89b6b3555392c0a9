package io.evolp.evolve;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FamilyCorrectionsTest {

    @Test
    void unseenAndSparseFamiliesUseThePool() {
        FamilyCorrections f = FamilyCorrections.of(Corrections.create("linear"));
        assertEquals(50.0, f.apply("vgg16", 50), 1e-12); // nothing yet: identity
        for (int i = 1; i <= 4; i++) f = f.withPoint("vgg16", 10 * i, 13 * i); // vgg: exactly 1.3×
        f = f.withPoint("resnet50", 100, 200);                                  // one resnet point
        assertTrue(f.usesFamily("vgg16"));
        assertFalse(f.usesFamily("resnet50"));
        assertFalse(f.usesFamily("inceptionv3"));
        assertEquals(5, f.pooled().size());
        assertEquals(1.3 * 70, f.apply("vgg16", 70), 1e-9);
        assertSame(f.pooled(), f.forFamily("inceptionv3"));
        assertSame(f.pooled(), f.forFamily("resnet50"));
        assertEquals(f.pooled().apply(70), f.apply("resnet50", 70));
        assertTrue(Math.abs(f.apply("resnet50", 70) - 1.3 * 70) > 1, "pooled differs from the vgg fit");
    }

    @Test
    void familyTakesOverAtTheThreshold() {
        FamilyCorrections f = FamilyCorrections.of(Corrections.create("robust"), 2);
        f = f.withPoint("a", 10, 20).withPoint("b", 10, 11);
        assertFalse(f.usesFamily("a"));
        f = f.withPoint("a", 20, 40);
        assertTrue(f.usesFamily("a"));
        assertEquals(60.0, f.apply("a", 30), 1e-9);
        assertEquals("robust", f.kind());
        assertEquals(2, f.families().size());
    }
}
