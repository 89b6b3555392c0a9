package io.evolp.measure.campaign;

import io.evolp.io.measurement.MeasurementRecord;
import io.evolp.measure.Measurement;
import io.evolp.measure.RunDetails;

/**
 * A {@link Measurement} as its JSON record ({@link MeasurementRecord}), the same in the campaign
 * sidecar and in {@code evolp measure-model --json}; details (quartiles, rounds, facts) only when
 * the source gave them.
 */
public final class MeasurementRecords {

    private MeasurementRecords() {
    }

    public static MeasurementRecord of(Measurement m) {
        RunDetails d = m.details();
        if (d == null) {
            return new MeasurementRecord(m.medianMs(), m.spreadMs(), m.count(), m.timestamp().toString(), m.source(),
                    m.simulated(), m.note(), null, null, null, null, null, null, null);
        }
        return new MeasurementRecord(m.medianMs(), m.spreadMs(), m.count(), m.timestamp().toString(), m.source(),
                m.simulated(), m.note(), d.minMs(), d.q1Ms(), d.q3Ms(), d.maxMs(), d.iqrMs(),
                d.roundMediansMs(), d.facts());
    }
}
