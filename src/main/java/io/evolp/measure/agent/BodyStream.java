package io.evolp.measure.agent;

import io.evolp.io.agent.Words;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeoutException;

/**
 * A request body as the handler reads it: never more than the limit (413, also when the body declares
 * no length), never slower than the minimum rate once the grace period has passed (408), and a client
 * that stops sending or goes away is a 408/400 {@link RequestProblem}, not an I/O error of the agent's.
 */
final class BodyStream extends InputStream {

    private final InputStream in;
    private final long limit;
    private final long minRate;
    private final long graceNanos;
    private final long start = System.nanoTime();
    private long count;

    /**
     * @param declared Content-Length, or -1; over {@code limit} is refused before a byte is read
     * @param minRate  bytes per second the body must average after {@code graceMs}; 0 for no minimum
     */
    BodyStream(InputStream in, long declared, long limit, long minRate, long graceMs) {
        if (declared > limit) throw tooLarge(limit);
        this.in = in;
        this.limit = limit;
        this.minRate = minRate;
        this.graceNanos = graceMs * 1_000_000L;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int r = read(one, 0, 1);
        return r < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        int r;
        try {
            r = in.read(b, off, len);
        } catch (IOException e) {
            throw interrupted(e);
        }
        if (r > 0) {
            count += r;
            if (count > limit) throw tooLarge(limit);
            long elapsed = System.nanoTime() - start;
            if (minRate > 0 && elapsed > graceNanos && count * 1_000_000_000L / elapsed < minRate) {
                throw new RequestProblem(408, "request body too slow: " + count + " bytes in " + elapsed / 1_000_000 + " ms; the agent needs at least "
                        + minRate + " bytes/s");
            }
        }
        return r;
    }

    long count() {
        return count;
    }

    static RequestProblem tooLarge(long limit) {
        return new RequestProblem(413, "request body too large: this agent accepts at most " + limit + " bytes here");
    }

    private static RequestProblem interrupted(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException) return new RequestProblem(408, "request body stalled: no data within the agent's idle timeout");
        }
        return new RequestProblem(400, "request body ended early: " + Words.escape(String.valueOf(e.getMessage())));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
