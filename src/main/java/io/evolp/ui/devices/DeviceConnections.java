package io.evolp.ui.devices;

import io.evolp.ui.workspace.LocalSettingsText;
import io.evolp.ui.workspace.DeviceSetup;
import io.evolp.measure.MeasurementSource;
import io.evolp.measure.local.LocalSource;
import io.evolp.measure.local.LocalWorkerClient;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The sources the Devices screen keeps open per spec, so "Try it" and "Test" reuse one worker
 * process (local) and continue a simulated device's noise sequence like a second run on a board.
 * A source is reopened when the device's settings or token change, and closed when the device is
 * removed. Any thread.
 */
final class DeviceConnections implements AutoCloseable {

    /** An open source, the settings it was opened with, and for local its worker client (Test uses it). */
    private record Open(String key, MeasurementSource source, LocalWorkerClient localClient) {
    }

    private final Function<DeviceSetup, MeasurementSource> opener;
    private final Map<String, Open> open = new HashMap<>();

    /** @param opener opens non-local sources (tests put a slow or failing double here) */
    DeviceConnections(Function<DeviceSetup, MeasurementSource> opener) {
        this.opener = opener;
    }

    /** Opens sources the ordinary way ({@link DeviceSetup#open()}). */
    DeviceConnections() {
        this(DeviceSetup::open);
    }

    /** A fresh source that this object does not keep (campaigns own and close theirs). */
    MeasurementSource openNew(DeviceSetup setup) {
        return DeviceSetup.isLocal(setup.spec()) ? setup.open() : opener.apply(setup);
    }

    /** The kept source for {@code setup}, opened (or reopened after a settings change) on first use. */
    synchronized MeasurementSource source(DeviceSetup setup) {
        return get(setup).source;
    }

    /** The kept local source's worker client, started by the first Test or Try it. */
    synchronized LocalWorkerClient localClient(DeviceSetup setup) {
        if (!DeviceSetup.isLocal(setup.spec())) throw new IllegalArgumentException("not the local device: " + setup.spec());
        return get(setup).localClient;
    }

    private Open get(DeviceSetup setup) {
        String key = LocalSettingsText.format(setup.settings()) + "|" + (setup.token() == null ? 0 : setup.token().hashCode());
        Open o = open.get(setup.spec());
        if (o != null && o.key.equals(key)) return o;
        if (o != null) o.source.close();
        if (DeviceSetup.isLocal(setup.spec())) {
            LocalWorkerClient client = new LocalWorkerClient();
            o = new Open(key, new LocalSource(client, setup.settings()), client);
        } else {
            o = new Open(key, opener.apply(setup), null);
        }
        open.put(setup.spec(), o);
        return o;
    }

    /** Closes the kept source of a removed device (its worker stops). */
    synchronized void forget(String spec) {
        Open o = open.remove(spec);
        if (o != null) o.source.close();
    }

    @Override
    public synchronized void close() {
        open.values().forEach(o -> o.source.close());
        open.clear();
    }
}
