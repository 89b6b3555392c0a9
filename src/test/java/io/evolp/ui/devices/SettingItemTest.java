package io.evolp.ui.devices;

import io.evolp.measure.local.LocalSettings;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The property-sheet rows read and write the device's settings, and carry LocalSettings' ranges. */
class SettingItemTest {

    @Test
    void theRowsReadAndWriteTheSettingsThroughTheirWithers() {
        var settings = new SimpleObjectProperty<>(LocalSettings.defaults());
        List<SettingItem> items = SettingItem.all(settings);
        assertEquals(List.of("Intra-op threads", "Optimisation level", "Warm-up runs", "Timed runs per round", "Rounds",
                "Layer module copies"), items.stream().map(SettingItem::getName).toList());
        items.get(0).setValue(4);
        items.get(1).setValue(LocalSettings.OptLevel.BASIC);
        items.get(2).setValue(0);
        items.get(5).setValue(7);
        LocalSettings s = settings.get();
        assertEquals(4, s.intraOpThreads());
        assertEquals(LocalSettings.OptLevel.BASIC, s.optLevel());
        assertEquals(0, s.warmup());
        assertEquals(7, s.moduleRepeats());
        assertEquals(4, items.get(0).getValue());
    }

    @Test
    void theRangesAreTheOnesLocalSettingsChecks() {
        var settings = new SimpleObjectProperty<>(LocalSettings.defaults());
        for (SettingItem item : SettingItem.all(settings)) {
            if (item.getType() != Integer.class) continue;
            item.setValue(item.min());
            item.setValue(item.max()); // neither throws: the editor's range and the record's agree
            assertTrue(item.getDescription().endsWith("(" + item.min() + "–" + item.max() + ")"), item.getDescription());
        }
        assertEquals(256, settings.get().intraOpThreads());
    }
}
