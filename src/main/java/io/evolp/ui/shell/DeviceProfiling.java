package io.evolp.ui.shell;

import io.evolp.ui.common.Screen;
import io.evolp.ui.devices.DevicesScreen;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * File ▸ Profile a new device… (Ctrl+Shift+P): the same panel as the Devices screen's button, reachable
 * from any screen. The shell owns the navigation, so it switches to Devices itself and only then asks the
 * screen to open the panel — showing the screen first matters: becoming visible selects a device, which
 * would otherwise put the details back in place of the panel.
 */
final class DeviceProfiling {

    private DeviceProfiling() {
    }

    /** @return whether a Devices screen was there to open it on */
    static boolean open(List<Screen> screens, IntConsumer select) {
        for (int i = 0; i < screens.size(); i++) {
            if (screens.get(i) instanceof DevicesScreen d) {
                select.accept(i);
                d.profileNewDevice();
                return true;
            }
        }
        return false;
    }
}
