package io.evolp.core;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.*;

class ChannelResiduesTest {

    @Test
    void pointsMoveWithinHalfAStepKeepTheFullWidthAndStayDistinct() {
        int[] even = PlanShape.steps(512, 16, 1); // 512, 480, ..., 32
        for (long seed = 1; seed <= 20; seed++) {
            int[] placed = new ChannelResidues(seed).place(even, 1, 7);
            assertEquals(512, placed[0], "full width kept");
            for (int j = 1; j < placed.length; j++) {
                assertTrue(placed[j] < placed[j - 1], "descending and distinct: " + Arrays.toString(placed));
                assertTrue(Math.abs(placed[j] - even[j]) <= 16, even[j] + " -> " + placed[j]);
            }
            assertArrayEquals(placed, new ChannelResidues(seed).place(even, 1, 7), "deterministic");
        }
    }

    @Test
    void aBlockOfEightHoldsFourUnalignedPointsAndEachAlignmentOnce() {
        int[] even = PlanShape.steps(288, 9, 1); // step 32: every cell is wide enough for every class
        int[] placed = new ChannelResidues(3).place(even, 1, 0);
        int off = 0;
        int[] exact = new int[6];
        for (int j = 1; j < placed.length; j++) {
            if (placed[j] % 4 != 0) off++;
            else exact[Math.min(5, Integer.numberOfTrailingZeros(placed[j]))]++;
        }
        assertEquals(4, off, Arrays.toString(placed));
        assertArrayEquals(new int[]{0, 0, 1, 1, 1, 1}, exact, "exactly one each at 4, 8, 16, 32+: " + Arrays.toString(placed));
    }

    @Test
    void denseAxesAndTheFloorAreRespected() {
        int[] dense = {10, 9, 8, 7, 6, 5, 4, 3, 2};
        assertArrayEquals(dense, new ChannelResidues(5).place(dense, 2, 1), "spacing 1 leaves nothing to move");
        int[] coarse = PlanShape.depthwiseSteps(64, 4); // 64, 48, 33, 17
        for (long seed = 1; seed <= 20; seed++) {
            int[] placed = new ChannelResidues(seed).place(coarse, 2, 0);
            assertTrue(placed[placed.length - 1] >= 2, Arrays.toString(placed));
        }
        assertArrayEquals(new int[]{7}, new ChannelResidues(1).place(new int[]{7}, 1, 0));
    }
}
