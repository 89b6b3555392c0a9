package io.evolp.measure.campaign;

import io.evolp.core.LayerConfig;
import io.evolp.io.measurement.RawSidecarRecords;
import io.evolp.io.measurement.RawSidecarRecords.Layer;
import io.evolp.measure.Measurement;
import io.evolp.measure.MeasurementSource;

import java.time.Instant;

/** The records of the raw sidecar (see {@link RawSidecar}) built from the campaign's types. */
final class RawRecords {

    private RawRecords() {
    }

    static RawSidecarRecords.Start start(Instant at, MeasurementSource source, String device, int planRows, int alreadyDone, int pending) {
        return new RawSidecarRecords.Start(at.toString(), source.id(), source.description(), source.simulated(), device,
                planRows, alreadyDone, pending);
    }

    /** A measured row: CSV row index, plan index, the layer and every field of the measurement. */
    static RawSidecarRecords.Row row(int csvRow, int planIndex, LayerConfig layer, Measurement m, double wallMs, int lostEpisodes) {
        return new RawSidecarRecords.Row(m.timestamp().toString(), csvRow, planIndex, layer(layer), MeasurementRecords.of(m),
                wallMs, lostEpisodes);
    }

    static RawSidecarRecords.Failed failed(Instant at, int planIndex, LayerConfig layer, String message) {
        return new RawSidecarRecords.Failed(at.toString(), planIndex, layer(layer), message);
    }

    static RawSidecarRecords.DeviceLost deviceLost(Instant at, int planIndex, String message) {
        return new RawSidecarRecords.DeviceLost(at.toString(), planIndex, message);
    }

    static RawSidecarRecords.Reconnected reconnected(Instant at, int planIndex, double waitedS) {
        return new RawSidecarRecords.Reconnected(at.toString(), planIndex, waitedS);
    }

    static Layer layer(LayerConfig c) {
        return new Layer(c.inputSize(), c.cin(), c.cout(), c.kh(), c.kw(), c.sh(), c.sw(), c.ph(), c.pw(), c.bias(), c.groups());
    }
}
