package io.evolp.measure.agent;

import java.io.IOException;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

import static io.evolp.measure.agent.AgentHostileCorpusTest.LIMITS;
import static io.evolp.measure.agent.AgentHostileCorpusTest.TOKEN;
import static io.evolp.measure.agent.RawHttp.request;

/** The hostile agent requests of issue 11 (item 9), each with the answer it must get. */
final class HostileAgentRequests {

    interface Script {
        RawHttp.Answer run(int port) throws Exception;
    }

    /** @param maxMillis the answer must come within this long (slow cases: the configured limit and some slack) */
    record Case(String name, Script script, int status, String fragment, long maxMillis) {
        RawHttp.Answer run(int port) throws Exception {
            return script.run(port);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final String AUTH = "Bearer " + TOKEN;
    static final String LAYER = "{\"input_size\":8,\"cin\":4,\"cout\":8,\"k\":3}";
    static final String HASH = "ab".repeat(32);
    private static final long QUICK = 3000;

    private HostileAgentRequests() {
    }

    static List<Case> all() {
        List<Case> c = new ArrayList<>();
        // tokens
        raw(c, "no token", request("GET", "/v1/info", null, null), 401, "missing or wrong token");
        raw(c, "wrong token", request("GET", "/v1/info", "Bearer wrong-token-xyz", null), 401, "missing or wrong token");
        raw(c, "basic scheme", request("GET", "/v1/info", "Basic " + TOKEN, null), 401, "Bearer");
        raw(c, "token plus a character", request("GET", "/v1/info", AUTH + "x", null), 401, "missing or wrong token");
        raw(c, "empty bearer", request("GET", "/v1/info", "Bearer ", null), 401, "missing or wrong token");
        raw(c, "no token on an upload", request("PUT", "/v1/models/" + HASH, null, "x"), 401, "missing or wrong token");
        // routes and paths
        raw(c, "unknown endpoint", request("GET", "/v1/nothing", AUTH, null), 404, "no such endpoint /v1/nothing");
        raw(c, "DELETE /v1/info", request("DELETE", "/v1/info", AUTH, null), 405, "use GET or HEAD");
        raw(c, "GET /v1/measure", request("GET", "/v1/measure", AUTH, null), 405, "use POST");
        raw(c, "unknown job", request("GET", "/v1/jobs/999999", AUTH, null), 404, "no job 999999");
        raw(c, "hash not hex", request("GET", "/v1/models/NOT-A-HASH", AUTH, null), 400, "64 lower-case hex digits");
        raw(c, "hash in upper case", request("PUT", "/v1/models/" + HASH.toUpperCase(), AUTH, "x"), 400, "64 lower-case hex digits");
        raw(c, "unknown model", request("GET", "/v1/models/" + HASH, AUTH, null), 404, "unknown model");
        raw(c, "path traversal", request("GET", "/v1/models/../../../../etc/passwd", AUTH, null), 400, "path or a header is malformed");
        raw(c, "traversal inside the API", request("GET", "/v1/jobs/../info/../../v1/x", AUTH, null), 404, "no such endpoint");
        raw(c, "encoded traversal", request("GET", "/v1/models/..%2f..%2fetc%2fpasswd", AUTH, null), 400, "request refused (HTTP 400)");
        raw(c, "escape sequence in the path", request("GET", "/v1/%1b%5b2J", AUTH, null), 400, "Suspicious Path Character");
        raw(c, "escape sequence in a job id", request("GET", "/v1/jobs/%e2%80%ae1", AUTH, null), 404, "no job \\u202e1");
        // JSON bodies
        json(c, "truncated JSON", "{\"layer\":{\"input_size\":8", 400, "ends before the JSON is complete");
        json(c, "not JSON", "{not json}", 400, "not valid JSON at line 1, column 2");
        json(c, "empty body", "", 400, "empty body");
        json(c, "an array", "[1,2]", 400, "expected a JSON object, was an array");
        json(c, "data after the JSON", "{\"layer\":" + LAYER + "} {}", 400, "more after the JSON value");
        json(c, "duplicate field", "{\"layer\":" + LAYER + ",\"layer\":" + LAYER + "}", 400, "duplicate field 'layer'");
        json(c, "nested 40 deep", "{\"layer\":" + "[".repeat(40) + "]".repeat(40) + "}", 400, "nested too deeply");
        json(c, "a 60-digit number", "{\"layer\":{\"input_size\":" + "9".repeat(60) + "}}", 400, "too long");
        json(c, "unknown top-level field", "{\"layr\":" + LAYER + "}", 400, "did you mean 'layer'?");
        json(c, "unknown layer field", "{\"layer\":{\"input_size\":8,\"cni\":4,\"cout\":8,\"k\":3}}", 400, "did you mean 'cin'?");
        json(c, "unknown settings field", "{\"layer\":" + LAYER + ",\"settings\":{\"repeat\":5}}", 400, "did you mean 'repeats'?");
        json(c, "transposed letters", "{\"layer\":" + LAYER + ",\"settings\":{\"wramup\":5}}", 400, "did you mean 'warmup'?");
        json(c, "null kernel", "{\"layer\":{\"input_size\":8,\"cin\":4,\"cout\":8,\"k\":null}}", 400, "layer.k: must not be null");
        json(c, "null settings", "{\"layer\":" + LAYER + ",\"settings\":null}", 400, "settings: must not be null");
        json(c, "channels as a string", "{\"layer\":{\"input_size\":8,\"cin\":\"4\",\"cout\":8,\"k\":3}}", 400, "layer.cin: must be an integer, was a string");
        json(c, "fractional channels", "{\"layer\":{\"input_size\":8,\"cin\":4.5,\"cout\":8,\"k\":3}}", 400, "was 4.5");
        json(c, "negative channels", "{\"layer\":{\"input_size\":8,\"cin\":-4,\"cout\":8,\"k\":3}}", 400, "layer.cin: must be 1–16384, was -4");
        json(c, "padding 2147483647", "{\"layer\":{\"input_size\":8,\"cin\":4,\"cout\":8,\"k\":3,\"p\":2147483647}}", 400, "layer.p: must be 0–64");
        json(c, "size past int", "{\"layer\":{\"input_size\":4294967296,\"cin\":4,\"cout\":8,\"k\":3}}", 400, "layer.input_size: must be an integer");
        json(c, "kernel array of three", "{\"layer\":{\"input_size\":8,\"cin\":4,\"cout\":8,\"k\":[3,3,3]}}", 400, "two integers [h, w]");
        json(c, "async as a string", "{\"layer\":" + LAYER + ",\"async\":\"yes\"}", 400, "async: must be true or false");
        json(c, "opt level as a number", "{\"layer\":" + LAYER + ",\"settings\":{\"opt_level\":3}}", 400, "must be a string");
        json(c, "rounds out of range", "{\"layer\":" + LAYER + ",\"settings\":{\"rounds\":1001}}", 400, "settings.rounds: must be 1–1000");
        json(c, "escape sequence as a field name", "{\"\\u001b[2J\":1}", 400, "\\u001b[2J");
        json(c, "layer and model", "{\"layer\":" + LAYER + ",\"model_sha256\":\"" + HASH + "\"}", 400, "exactly one of 'layer' and 'model_sha256'");
        json(c, "model hash too short", "{\"model_sha256\":\"abc\"}", 400, "model_sha256: must be 64 lower-case hex digits");
        json(c, "model not uploaded", "{\"model_sha256\":\"" + HASH + "\"}", 404, "unknown model");
        json(c, "JSON over 64 KiB", "{\"layer\":" + LAYER + ",\"pad\":\"" + "x".repeat(70_000) + "\"}", 413, "too large");
        raw(c, "chunked JSON over 64 KiB", chunked("POST", "/v1/measure", "{\"a\":\"" + "x".repeat(70_000) + "\"}"), 413, "too large");
        // uploads
        raw(c, "upload declared too large", "PUT /v1/models/" + HASH + " HTTP/1.1\r\nHost: x\r\nAuthorization: " + AUTH
                + "\r\nContent-Length: " + (300L << 20) + "\r\n\r\n", 413, "at most 65536 bytes");
        raw(c, "chunked upload too large", chunked("PUT", "/v1/models/" + HASH, "y".repeat(70_000)), 413, "at most 65536 bytes");
        raw(c, "upload with the wrong hash", request("PUT", "/v1/models/" + HASH, AUTH, "not the bytes of that hash"), 400, "hashes to");
        raw(c, "Content-Length not a number", "PUT /v1/models/" + HASH + " HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n", 400, "request refused");
        raw(c, "two Content-Lengths", "POST /v1/measure HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}", 400, "request refused");
        c.add(new Case("upload cut short", port -> halfClosed(port, 1000, 10), 400, "ended early", QUICK));
        c.add(new Case("upload stalls", port -> stalled(port), 408, "stalled", LIMITS.idleMs() + 2000));
        c.add(new Case("upload trickles", port -> SlowClients.trickleBody(port, AUTH), 408, "too slow", LIMITS.headMs() + 2500));
        // the protocol itself
        raw(c, "garbage request line", "HELLO THERE\r\n\r\n", 505, "request refused (HTTP 505)");
        raw(c, "binary junk", "\u0000\u0001\u0002\u00ff\r\n\r\n", 400, "request refused (HTTP 400)");
        raw(c, "unknown HTTP version", "GET /v1/info HTTP/7.1\r\nHost: x\r\n\r\n", 505, "request refused");
        raw(c, "20 KB header", "GET /v1/info HTTP/1.1\r\nHost: x\r\nX-Junk: " + "j".repeat(20_000) + "\r\n\r\n", 431, "request refused");
        raw(c, "control character in a header", "GET /v1/info HTTP/1.1\r\nHost: x\r\nX-A: a\u0001b\r\n\r\n", 400, "request refused");
        // slow and idle clients
        c.add(new Case("slowloris head", SlowClients::slowHead, 408, "request head not complete", LIMITS.headMs() * 2 + 1500));
        c.add(new Case("idle connection", SlowClients::idle, -1, "", LIMITS.idleMs() + 1500));
        c.add(new Case("too many connections from one address", SlowClients::crowd, 503, "too many connections from 127.0.0.1", QUICK));
        c.add(new Case("8 slowloris clients, then an authorised request", port -> SlowClients.infoBeside(port, 8, AUTH), 200, "\"agent\":\"evolp\"", 1000));
        return c;
    }

    private static void raw(List<Case> c, String name, String request, int status, String fragment) {
        c.add(new Case(name, port -> RawHttp.exchange(port, request), status, fragment, QUICK));
    }

    private static void json(List<Case> c, String name, String body, int status, String fragment) {
        raw(c, name, request("POST", "/v1/measure", AUTH, body), status, fragment);
    }

    private static String chunked(String method, String path, String body) {
        return method + " " + path + " HTTP/1.1\r\nHost: x\r\nAuthorization: " + AUTH + "\r\nTransfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n";
    }

    /** Declares {@code declared} bytes, sends {@code sent}, then closes its sending side. */
    private static RawHttp.Answer halfClosed(int port, int declared, int sent) throws IOException {
        try (Socket s = RawHttp.open(port)) {
            long t0 = System.nanoTime();
            RawHttp.send(s, "PUT /v1/models/" + HASH + " HTTP/1.1\r\nHost: x\r\nAuthorization: " + AUTH + "\r\nContent-Length: " + declared
                    + "\r\n\r\n" + "z".repeat(sent));
            s.shutdownOutput();
            return RawHttp.read(s, t0);
        }
    }

    /** Declares 1000 bytes, sends 10, then waits: the agent's idle timeout ends it. */
    private static RawHttp.Answer stalled(int port) throws IOException {
        try (Socket s = RawHttp.open(port)) {
            long t0 = System.nanoTime();
            RawHttp.send(s, "PUT /v1/models/" + HASH + " HTTP/1.1\r\nHost: x\r\nAuthorization: " + AUTH + "\r\nContent-Length: 1000\r\n\r\n"
                    + "z".repeat(10));
            return RawHttp.read(s, t0);
        }
    }
}
