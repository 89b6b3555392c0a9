package io.evolp.analysis;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ResidueTest {

    @Test
    void eachCountFallsIntoTheCoarsestAlignmentThatDividesIt() {
        assertEquals(Residue.MULTIPLE_OF_32, Residue.of(64));
        assertEquals(Residue.MULTIPLE_OF_16, Residue.of(48));
        assertEquals(Residue.MULTIPLE_OF_8, Residue.of(24));
        assertEquals(Residue.MULTIPLE_OF_4, Residue.of(12));
        assertEquals(Residue.NOT_MULTIPLE_OF_4, Residue.of(6));
        assertEquals(Residue.NOT_MULTIPLE_OF_4, Residue.of(1));
        assertEquals("cin%16=0", Residue.MULTIPLE_OF_16.label());
    }
}
