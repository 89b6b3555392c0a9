package io.evolp.measure.sim;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeviceProfileTest {

    @Test
    void idsAndDescriptions() {
        assertEquals("tx2", DeviceProfile.TX2.id());
        assertEquals("nano", DeviceProfile.NANO.id());
        assertEquals("cpu", DeviceProfile.CPU.id());
        assertEquals("Jetson-TX2-like GPU (simulated)", DeviceProfile.TX2.description());
        for (DeviceProfile p : DeviceProfile.values()) assertTrue(p.description().contains("(simulated)"));
    }

    @Test
    void parseAcceptsIdSpecAndName() {
        assertEquals(DeviceProfile.TX2, DeviceProfile.parse("tx2"));
        assertEquals(DeviceProfile.NANO, DeviceProfile.parse("simulated:nano"));
        assertEquals(DeviceProfile.CPU, DeviceProfile.parse(" Simulated-CPU "));
        for (DeviceProfile p : DeviceProfile.values()) {
            assertEquals(p, DeviceProfile.parse(new SimulatedDevice(p, 0).name()));
        }
    }

    @Test
    void parseRejectsUnknownListingProfiles() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DeviceProfile.parse("xavier"));
        assertTrue(e.getMessage().contains("xavier"));
        assertTrue(e.getMessage().contains("tx2, nano, cpu"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DeviceProfile.parse(null));
        assertThrows(IllegalArgumentException.class, () -> DeviceProfile.parse("simulated:"));
    }
}
