import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 11's agent figures, on loopback (run by agent-load.sh; JDK only, single-file program):
 * 1. SLOW slowloris clients (one byte every 5 s, reconnecting whenever the agent cuts them), then TRIES
 *    authorised GET /v1/info one second apart: median and max answer time, answers over 1 s.
 * 2. UPLOADS uploads of MB MiB each (distinct bytes, correct hash, streamed with a Content-Length),
 *    sampling the agent's RSS (/proc) and heap (jstat) every 100 ms: peak per upload. "chunked": no
 *    Content-Length, so an agent cannot refuse an oversize body before reading it.
 * Every loop is bounded. Usage: java AgentLoadCheck.java PORT PID TOKEN SLOW TRIES UPLOADS MB [chunked]
 */
public class AgentLoadCheck {

    static int port;
    static String token;
    static boolean chunked;

    public static void main(String[] a) throws Exception {
        port = Integer.parseInt(a[0]);
        long pid = Long.parseLong(a[1]);
        token = a[2];
        chunked = a.length > 7 && a[7].equals("chunked");
        int slow = Integer.parseInt(a[3]), tries = Integer.parseInt(a[4]), uploads = Integer.parseInt(a[5]), mb = Integer.parseInt(a[6]);
        if (tries > 0) slowClients(slow, tries);
        if (uploads > 0) uploads(pid, uploads, mb);
    }

    // ---------------------------------------------------------------- 1. slow clients
    static void slowClients(int n, int tries) throws Exception {
        AtomicInteger reconnects = new AtomicInteger();
        Socket[] slow = new Socket[n];
        for (int i = 0; i < n; i++) slow[i] = slowOpen();
        long end = System.nanoTime() + (tries + 15) * 1_000_000_000L; // bounded: the tries plus their timeouts
        Thread feeder = new Thread(() -> {
            try {
                while (System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
                    Thread.sleep(5000);
                    for (int i = 0; i < n; i++) {
                        if (cut(slow[i])) {
                            slow[i].close();
                            slow[i] = slowOpen();
                            reconnects.incrementAndGet();
                        } else {
                            try {
                                slow[i].getOutputStream().write('x');
                            } catch (IOException e) {
                                slow[i].close();
                                slow[i] = slowOpen();
                                reconnects.incrementAndGet();
                            }
                        }
                    }
                }
            } catch (Exception e) {
                // interrupted or the agent went away: the tries below report it
            }
        });
        feeder.setDaemon(true);
        feeder.start();
        Thread.sleep(1000);
        double[] ms = new double[tries];
        int over = 0, failed = 0;
        for (int t = 0; t < tries; t++) {
            long t0 = System.nanoTime();
            int status = info();
            ms[t] = (System.nanoTime() - t0) / 1e6;
            if (status != 200) failed++;
            if (ms[t] > 1000) over++;
            Thread.sleep(1000);
        }
        feeder.interrupt();
        for (Socket s : slow) s.close();
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("slow clients: %d attached (1 byte / 5 s; %d reconnects after the agent cut them)%n", n, reconnects.get());
        System.out.printf("authorised GET /v1/info x%d: median %.1f ms, min %.1f ms, max %.1f ms; over 1 s: %d; not 200: %d%n",
                tries, sorted[tries / 2], sorted[0], sorted[tries - 1], over, failed);
        System.out.println("  each (ms): " + Arrays.toString(Arrays.stream(ms).map(x -> Math.round(x * 10) / 10.0).toArray()));
    }

    static Socket slowOpen() throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        s.getOutputStream().write("GET /v1/info HTTP/1.1\r\nHost: x\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
        return s;
    }

    /** True when the agent answered or closed this slow connection. */
    static boolean cut(Socket s) throws IOException {
        s.setSoTimeout(1);
        try {
            s.getInputStream().read(); // an answer (408/503) or the end of the stream
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** One authorised GET /v1/info on a fresh connection; the status, or -1 (timeout 10 s, reset). */
    static int info() {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(("GET /v1/info HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] all = s.getInputStream().readAllBytes();
            String text = new String(all, StandardCharsets.ISO_8859_1);
            return text.startsWith("HTTP/1.1 ") ? Integer.parseInt(text.substring(9, 12)) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    // ---------------------------------------------------------------- 2. uploads and memory
    static final AtomicLong peakRss = new AtomicLong(), peakHeapUsed = new AtomicLong(), peakHeapCommitted = new AtomicLong();

    static void uploads(long pid, int count, int mb) throws Exception {
        Process jstat = new ProcessBuilder("jstat", "-gc", Long.toString(pid), "100").redirectErrorStream(true).start();
        Thread heap = new Thread(() -> readJstat(jstat.getInputStream()));
        heap.setDaemon(true);
        heap.start();
        Thread rss = new Thread(() -> {
            Path status = Path.of("/proc/" + pid + "/status");
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    for (String line : Files.readAllLines(status)) {
                        if (line.startsWith("VmRSS:")) peakRss.accumulateAndGet(Long.parseLong(line.replaceAll("\\D", "")), Math::max);
                    }
                    Thread.sleep(50);
                } catch (Exception e) {
                    return;
                }
            }
        });
        rss.setDaemon(true);
        rss.start();
        for (int i = 0; i < 100 && peakHeapCommitted.get() == 0; i++) Thread.sleep(100); // jstat's first line
        Thread.sleep(300);
        System.out.printf("baseline: RSS %d MB, heap used %d MB (committed %d MB)%n", peakRss.get() >> 10, peakHeapUsed.get() >> 10,
                peakHeapCommitted.get() >> 10);
        long size = (long) mb << 20;
        long maxRss = 0, maxHeap = 0;
        for (int i = 1; i <= count; i++) {
            String sha = HexFormat.of().formatHex(hash(i, size));
            peakRss.set(0);
            peakHeapUsed.set(0);
            peakHeapCommitted.set(0);
            long t0 = System.nanoTime();
            int status = put(i, size, sha);
            double s = (System.nanoTime() - t0) / 1e9;
            Thread.sleep(300); // let the samplers see the end of the upload
            System.out.printf("upload %2d: %d MiB -> HTTP %d in %.1f s (%.0f MB/s); peak RSS %d MB, peak heap used %d MB (committed %d MB)%n",
                    i, mb, status, s, mb / s, peakRss.get() >> 10, peakHeapUsed.get() >> 10, peakHeapCommitted.get() >> 10);
            maxRss = Math.max(maxRss, peakRss.get());
            maxHeap = Math.max(maxHeap, Math.max(peakHeapUsed.get(), peakHeapCommitted.get()));
        }
        jstat.destroy();
        rss.interrupt();
        System.out.printf("over all uploads: peak RSS %d MB, peak heap (used or committed) %d MB%n", maxRss >> 10, maxHeap >> 10);
    }

    /** jstat -gc columns: S0C S1C S0U S1U EC EU OC OU … (KB). */
    static void readJstat(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.trim().split("\\s+");
                if (f.length < 8 || !Character.isDigit(f[0].charAt(0))) continue;
                double[] v = new double[8];
                for (int i = 0; i < 8; i++) v[i] = Double.parseDouble(f[i]);
                peakHeapUsed.accumulateAndGet((long) (v[2] + v[3] + v[5] + v[7]), Math::max);
                peakHeapCommitted.accumulateAndGet((long) (v[0] + v[1] + v[4] + v[6]), Math::max);
            }
        } catch (IOException | NumberFormatException e) {
            // jstat ended
        }
    }

    /** Deterministic, distinct bytes for upload {@code seed}: a 1 MiB block varied per MiB. */
    static void block(int seed, long index, byte[] buf) {
        long x = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 1;
        for (int i = 0; i < buf.length; i += 8) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            for (int b = 0; b < 8; b++) buf[i + b] = (byte) (x >>> (8 * b));
        }
    }

    static byte[] hash(int seed, long size) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        byte[] buf = new byte[1 << 20];
        for (long i = 0; i < size >> 20; i++) {
            block(seed, i, buf);
            md.update(buf);
        }
        return md.digest();
    }

    static int put(int seed, long size, String sha) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(120_000);
            OutputStream out = s.getOutputStream();
            String length = chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + size;
            out.write(("PUT /v1/models/" + sha + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token + "\r\n" + length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] buf = new byte[1 << 20];
            try {
                for (long i = 0; i < size >> 20; i++) {
                    block(seed, i, buf);
                    if (chunked) out.write("100000\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.write(buf);
                    if (chunked) out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                if (chunked) out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException refused) {
                // the agent answered early (413) and closed: its answer may still be readable
            }
            try {
                String text = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
                return text.startsWith("HTTP/1.1 ") ? Integer.parseInt(text.substring(9, 12)) : -1;
            } catch (IOException e) {
                return -1;
            }
        }
    }
}
