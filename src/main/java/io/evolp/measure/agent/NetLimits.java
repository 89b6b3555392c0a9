package io.evolp.measure.agent;

/**
 * How long and how many: the agent's defences against clients that connect and then send slowly or
 * not at all (issue 11). Connections are non-blocking, so a waiting client holds no thread; these
 * limits bound what it holds otherwise and for how long.
 *
 * @param idleMs         a connection with no bytes in either direction for this long is closed; also the
 *                       longest wait for the next piece of a request body
 * @param headMs         a request line and headers must arrive within this long of their first byte (408)
 * @param minBodyRate    bytes per second a body must average once {@code headMs} has passed (408 below)
 * @param perAddress     open connections per client address; past it the oldest one that is not
 *                       running a request is closed (so a slow client cannot lock out an authorised one
 *                       from the same address), and when all are running requests the new one gets 429
 * @param maxConnections open connections in all; past it the agent stops accepting until some close
 * @param maxThreads     request threads (a handler blocks while it reads a body or waits for a measurement)
 */
public record NetLimits(long idleMs, long headMs, long minBodyRate, int perAddress, int maxConnections, int maxThreads) {

    public NetLimits {
        if (idleMs < 50 || headMs < 50) throw new IllegalArgumentException("timeouts must be at least 50 ms");
        if (minBodyRate < 0) throw new IllegalArgumentException("minBodyRate must be ≥ 0");
        if (perAddress < 2 || maxConnections < perAddress) throw new IllegalArgumentException("need 2 ≤ perAddress ≤ maxConnections");
        if (maxThreads < 8) throw new IllegalArgumentException("maxThreads must be at least 8");
    }

    /**
     * For a board on a LAN: 30 s idle, 10 s for a request head, 16 KiB/s for bodies (a 256 MiB model
     * over a slow Wi-Fi link at 1 MB/s passes easily), 16 connections per address, 256 in all.
     */
    public static NetLimits defaults() {
        return new NetLimits(30_000, 10_000, 16 * 1024, 16, 256, 32);
    }
}
