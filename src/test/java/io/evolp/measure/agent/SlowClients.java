package io.evolp.measure.agent;

import java.io.IOException;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

import static io.evolp.measure.agent.AgentHostileCorpusTest.LIMITS;

/** Slow, idle and crowding clients for the corpus; every loop is bounded by the agent's (test) limits. */
final class SlowClients {

    private SlowClients() {
    }

    /** Sends a request head one byte every 100 ms, never finishing it, until the agent answers or closes. */
    static RawHttp.Answer slowHead(int port) throws Exception {
        try (Socket s = RawHttp.open(port)) {
            long t0 = System.nanoTime();
            String head = "GET /v1/info HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + "s".repeat(200);
            try {
                for (int i = 0; i < head.length() && System.nanoTime() - t0 < (LIMITS.headMs() * 3) * 1_000_000L; i++) {
                    RawHttp.send(s, head.substring(i, i + 1));
                    Thread.sleep(100);
                }
            } catch (IOException closed) {
                // the agent gave up on us: read what it said
            }
            return RawHttp.read(s, t0);
        }
    }

    /** Connects and sends nothing; the agent's idle timeout closes the connection without an answer. */
    static RawHttp.Answer idle(int port) throws IOException {
        try (Socket s = RawHttp.open(port)) {
            return RawHttp.read(s, System.nanoTime());
        }
    }

    /** Declares a 4 KiB upload and sends it one byte every 150 ms: below the minimum rate. */
    static RawHttp.Answer trickleBody(int port, String auth) throws Exception {
        try (Socket s = RawHttp.open(port)) {
            long t0 = System.nanoTime();
            RawHttp.send(s, "PUT /v1/models/" + HostileAgentRequests.HASH + " HTTP/1.1\r\nHost: x\r\nAuthorization: " + auth
                    + "\r\nContent-Length: 4096\r\n\r\n");
            try {
                for (int i = 0; i < 4096 && System.nanoTime() - t0 < (LIMITS.headMs() + 2000) * 1_000_000L; i++) {
                    RawHttp.send(s, "t");
                    Thread.sleep(150);
                }
            } catch (IOException closed) {
                // refused mid-body
            }
            return RawHttp.read(s, t0);
        }
    }

    /** Opens one connection more than the per-address limit; the first (oldest, idle) one is told why it is closed. */
    static RawHttp.Answer crowd(int port) throws Exception {
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i <= LIMITS.perAddress(); i++) {
                sockets.add(RawHttp.open(port));
                Thread.sleep(20); // opened in order, so "oldest" is well defined
            }
            return RawHttp.read(sockets.get(0), System.nanoTime());
        } finally {
            for (Socket s : sockets) s.close();
        }
    }

    /**
     * With {@code slow} slowloris clients attached, an authorised {@code GET /v1/info}: returns its answer
     * (timed from its own connect).
     */
    static RawHttp.Answer infoBeside(int port, int slow, String auth) throws Exception {
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < slow; i++) {
                Socket s = RawHttp.open(port);
                sockets.add(s);
                RawHttp.send(s, "GET /v1/info HTTP/1.1\r\nHost: x\r\nX-Slow: ");
            }
            return RawHttp.exchange(port, RawHttp.request("GET", "/v1/info", auth, null));
        } finally {
            for (Socket s : sockets) s.close();
        }
    }
}
