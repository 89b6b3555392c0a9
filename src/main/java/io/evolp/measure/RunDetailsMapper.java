package io.evolp.measure;

import io.evolp.io.measurement.RunDetailsRecord;

/** {@link RunDetails} to and from its file record ({@link RunDetailsRecord}), for files that keep measurements. */
public final class RunDetailsMapper {

    private RunDetailsMapper() {
    }

    public static RunDetailsRecord toRecord(RunDetails d) {
        return new RunDetailsRecord(d.minMs(), d.q1Ms(), d.q3Ms(), d.maxMs(), d.roundMediansMs(), d.facts());
    }

    /** Null for null (a measurement without details). */
    public static RunDetails fromRecord(RunDetailsRecord r) {
        return r == null ? null : new RunDetails(r.minMs(), r.q1Ms(), r.q3Ms(), r.maxMs(), r.roundMediansMs(), r.facts());
    }
}
