package io.evolp.measure;

import io.evolp.core.Stats;
import java.time.Instant;
import java.util.Arrays;

/**
 * One finished measurement of a layer or a whole model.
 *
 * @param medianMs  median of the repeated runs, ms
 * @param spreadMs  range (max − min) of the repeated runs, ms; 0 for a single run. The range rather
 *                  than an IQR because repeats are few (3–10) and an IQR of so few runs says little,
 *                  while the range shows an interrupted run at once.
 * @param count     number of runs behind the median (≥ 1)
 * @param timestamp when the measurement finished
 * @param source    id of the source, e.g. {@code simulated:tx2}
 * @param simulated true when the number comes from a model of a device, never from hardware
 * @param note      anything the user must know about this number (e.g. "nearest recorded model"); "" if none
 * @param details   quartiles, round medians and runtime facts when the source knows them, else null
 */
public record Measurement(double medianMs, double spreadMs, int count, Instant timestamp, String source,
                          boolean simulated, String note, RunDetails details) {

    /** A measurement without details (most sources before campaigns existed, replayed and typed numbers). */
    public Measurement(double medianMs, double spreadMs, int count, Instant timestamp, String source,
                       boolean simulated, String note) {
        this(medianMs, spreadMs, count, timestamp, source, simulated, note, null);
    }

    public Measurement {
        if (!(medianMs >= 0) || Double.isInfinite(medianMs)) {
            throw new IllegalArgumentException("median must be a finite number >= 0, was " + medianMs);
        }
        if (!(spreadMs >= 0) || Double.isInfinite(spreadMs)) {
            throw new IllegalArgumentException("spread must be a finite number >= 0, was " + spreadMs);
        }
        if (count < 1) throw new IllegalArgumentException("count must be >= 1, was " + count);
        if (timestamp == null || source == null) throw new IllegalArgumentException("timestamp and source are required");
        if (note == null) note = "";
    }

    /** Median, range and quartiles of {@code runs} (which is sorted in place). */
    public static Measurement ofRuns(double[] runs, Instant timestamp, String source, boolean simulated, String note) {
        if (runs.length == 0) throw new IllegalArgumentException("no runs");
        Arrays.sort(runs);
        int n = runs.length;
        double median = Stats.medianOfSorted(runs);
        return new Measurement(median, runs[n - 1] - runs[0], n, timestamp, source, simulated, note,
                RunDetails.ofSorted(runs, median));
    }
}
