package io.evolp.measure.agent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Raw HTTP/1.1 over a socket, for requests no well-behaved client would send. */
final class RawHttp {

    /** An answer: status (-1 when the agent closed without one), lower-case head and body text. */
    record Answer(int status, String head, String body, long millis) {
        boolean isJson() {
            return head.contains("content-type: application/json");
        }
    }

    private RawHttp() {
    }

    static Socket open(int port) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        s.setSoTimeout(10_000);
        return s;
    }

    /** Sends {@code request} (ISO-8859-1 text, so any byte can be written) and reads the answer. */
    static Answer exchange(int port, String request) throws IOException {
        try (Socket s = open(port)) {
            long t0 = System.nanoTime();
            send(s, request);
            return read(s, t0);
        }
    }

    static void send(Socket s, String text) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Reads one answer: head, then Content-Length bytes or up to the close. */
    static Answer read(Socket s, long t0) throws IOException {
        InputStream in = s.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        try {
            int c, state = 0;
            while (state < 4 && (c = in.read()) >= 0) {
                head.write(c);
                state = (c == '\r' && state % 2 == 0) || (c == '\n' && state % 2 == 1) ? state + 1 : (c == '\r' ? 1 : 0);
            }
        } catch (SocketTimeoutException e) {
            throw e;
        } catch (IOException e) {
            // reset by the agent: treat as closed
        }
        String h = head.toString(StandardCharsets.ISO_8859_1);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (!h.startsWith("HTTP/1.")) return new Answer(-1, h, "", ms);
        int status = Integer.parseInt(h.substring(9, 12));
        String lower = h.toLowerCase(Locale.ROOT);
        int cl = lower.indexOf("content-length:");
        byte[] body;
        if (cl >= 0) {
            int n = Integer.parseInt(lower.substring(cl + 15, lower.indexOf('\r', cl)).trim());
            body = in.readNBytes(n);
        } else if (lower.contains("transfer-encoding: chunked")) {
            body = dechunk(in);
        } else {
            body = new byte[0];
        }
        return new Answer(status, lower, new String(body, StandardCharsets.UTF_8), ms);
    }

    private static byte[] dechunk(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0 && c != '\n') if (c != '\r') line.append((char) c);
            int n = Integer.parseInt(line.toString().trim(), 16);
            if (n == 0) return out.toByteArray();
            out.write(in.readNBytes(n));
            in.readNBytes(2);
        }
    }

    /** A request with a body and a correct Content-Length. */
    static String request(String method, String path, String auth, String body) {
        StringBuilder b = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
        if (auth != null) b.append("Authorization: ").append(auth).append("\r\n");
        if (body != null) b.append("Content-Type: application/json\r\nContent-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length).append("\r\n");
        b.append("\r\n");
        if (body != null) b.append(new String(body.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        return b.toString();
    }
}
