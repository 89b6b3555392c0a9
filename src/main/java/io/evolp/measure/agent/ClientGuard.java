package io.evolp.measure.agent;

import io.evolp.io.agent.AgentWire;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.internal.HttpConnection;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Bounds what one client address can hold (issue 11): at most {@link NetLimits#perAddress()} open
 * connections, and a request head (line and headers) must be complete within {@link NetLimits#headMs()}.
 * Jetty's idle timeout covers clients that send nothing; this covers the ones that send a byte now
 * and then (slowloris), which an idle timeout never catches.
 *
 * <p>Past the per-address limit the oldest connection of that address that is not running a request
 * (idle, or still sending its head) is closed with a 503: a slow client can only push out itself or
 * its own address's idle connections, never keep an authorised request from the same address out.
 * Only when all of them are running requests is the newcomer refused, with a 429.
 */
final class ClientGuard implements Connection.Listener, AutoCloseable {

    private static final class Tracked {
        final InetAddress address;
        long headSince = -1;

        Tracked(InetAddress address) {
            this.address = address;
        }
    }

    private final NetLimits limits;
    private final PrintStream log;
    private final Map<Connection, Tracked> open = new IdentityHashMap<>();
    private final Map<InetAddress, Deque<Connection>> byAddress = new HashMap<>();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "evolp-agent-guard");
        t.setDaemon(true);
        return t;
    });

    ClientGuard(NetLimits limits, PrintStream log) {
        this.limits = limits;
        this.log = log;
        long period = Math.max(10, limits.headMs() / 5);
        sweeper.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public void onOpened(Connection c) {
        InetAddress a = address(c.getEndPoint().getRemoteSocketAddress());
        if (a == null) return;
        Connection victim = null;
        synchronized (this) {
            Deque<Connection> mine = byAddress.computeIfAbsent(a, k -> new ArrayDeque<>());
            mine.addLast(c);
            open.put(c, new Tracked(a));
            if (mine.size() > limits.perAddress()) {
                victim = mine.stream().filter(o -> o != c && !running(o)).findFirst().orElse(c);
            }
        }
        if (victim == c) {
            refuse(c, 429, "Too Many Requests", "too many connections from " + a.getHostAddress() + ": the agent allows "
                    + limits.perAddress() + " per address and all are running requests; retry later");
        } else if (victim != null) {
            refuse(victim, 503, "Service Unavailable", "closed: too many connections from " + a.getHostAddress()
                    + " (the agent allows " + limits.perAddress() + " per address; this was the oldest waiting one)");
        }
    }

    @Override
    public void onClosed(Connection c) {
        synchronized (this) {
            Tracked t = open.remove(c);
            if (t == null) return;
            Deque<Connection> mine = byAddress.get(t.address);
            if (mine != null) {
                mine.remove(c);
                if (mine.isEmpty()) byAddress.remove(t.address);
            }
        }
    }

    /** Open connections from {@code address} (tests). */
    synchronized int connections(InetAddress address) {
        Deque<Connection> mine = byAddress.get(address);
        return mine == null ? 0 : mine.size();
    }

    /** Closes connections whose request head has been arriving for longer than the limit. */
    private void sweep() {
        long now = System.nanoTime();
        List<Connection> slow = new ArrayList<>();
        synchronized (this) {
            for (Map.Entry<Connection, Tracked> e : open.entrySet()) {
                HttpParser p = parser(e.getKey());
                Tracked t = e.getValue();
                if (p == null || p.isStart() || !p.inHeaderState()) {
                    t.headSince = -1;
                } else if (t.headSince < 0) {
                    t.headSince = now;
                } else if (now - t.headSince > limits.headMs() * 1_000_000L) {
                    slow.add(e.getKey());
                }
            }
        }
        for (Connection c : slow) {
            refuse(c, 408, "Request Timeout", "request head not complete within " + limits.headMs() + " ms; the agent closed the connection");
        }
    }

    /** True while the connection runs a request (its head is complete), so it must not be pushed out. */
    private static boolean running(Connection c) {
        HttpParser p = parser(c);
        return p != null && (p.inContentState() || p.isState(HttpParser.State.END)); // not CLOSE: that one is going anyway
    }

    private static HttpParser parser(Connection c) {
        return c instanceof HttpConnection h ? h.getParser() : null;
    }

    /** Writes a small JSON answer straight to the socket (there is no request to answer through) and closes. */
    private void refuse(Connection c, int status, String reason, String message) {
        EndPoint ep = c.getEndPoint();
        byte[] body = (AgentWire.write(AgentApi.error(message, null)) + "\n").getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: "
                + body.length + "\r\nConnection: close\r\n\r\n";
        ByteBuffer out = ByteBuffer.allocate(head.length() + body.length).put(head.getBytes(StandardCharsets.US_ASCII)).put(body).flip();
        try {
            ep.flush(out); // a few hundred bytes into an idle socket's empty send buffer: written at once
            ep.shutdownOutput();
        } catch (IOException | RuntimeException ignored) {
            // the client is gone already
        }
        ep.close();
        log.printf("%s %s - - %d closed: %s%n", Instant.now(), remote(ep), status, reason);
    }

    private static String remote(EndPoint ep) {
        InetAddress a = address(ep.getRemoteSocketAddress());
        return a == null ? "?" : a.getHostAddress();
    }

    private static InetAddress address(SocketAddress s) {
        return s instanceof InetSocketAddress i ? i.getAddress() : null;
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }
}
