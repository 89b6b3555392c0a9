package io.evolp.measure.campaign;

import java.time.Duration;

/**
 * How long a campaign waits for a lost device ({@link io.evolp.measure.DeviceLostException}):
 * retries after {@code firstDelay}, doubling up to {@code maxDelay}, and gives up once a single
 * outage has lasted {@code maxWait} — the campaign then stops; the rows so far are kept and a
 * re-run resumes.
 */
public record ReconnectPolicy(Duration firstDelay, Duration maxDelay, Duration maxWait) {

    public ReconnectPolicy {
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || maxWait.isNegative()) {
            throw new IllegalArgumentException("need 0 <= first delay <= max delay and max wait >= 0");
        }
    }

    /** 1 s, doubling to 30 s, for up to 10 minutes per outage (a rebooting board, a dropped Wi-Fi link). */
    public static ReconnectPolicy defaults() {
        return new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(10));
    }

    public ReconnectPolicy withMaxWait(Duration d) {
        return new ReconnectPolicy(firstDelay, maxDelay, d);
    }

    /** Delay before retry number {@code attempt} (1-based) of one outage. */
    public Duration delay(int attempt) {
        Duration d = firstDelay;
        for (int i = 1; i < attempt && d.compareTo(maxDelay) < 0; i++) d = d.multipliedBy(2);
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }
}
