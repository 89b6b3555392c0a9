package io.evolp.analysis;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArchitectureNamesTest {

    @Test
    void dropsFolderExtensionAndDeviceEnding() {
        assertEquals("vgg16", ArchitectureNames.of("sample-data/measured/vgg16-local-cpu.csv", "local-cpu"));
        assertEquals("resnet50", ArchitectureNames.of("resnet50-simulated-tx2.CSV", "simulated-tx2"));
        assertEquals("my-net", ArchitectureNames.of("C:\\data\\my-net.csv", "nano"));
        // The device alone is no architecture name: keep the stem.
        assertEquals("nano", ArchitectureNames.of("nano.csv", "nano"));
        assertEquals("plain", ArchitectureNames.of("plain", null));
    }
}
