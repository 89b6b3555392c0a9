package io.evolp.measure.local;

import io.evolp.io.worker.WorkerWire;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One running worker JVM: its stdin for requests, a thread turning stdout lines into protocol messages
 * (non-JSON lines — a native library printing to stdout — are kept with stderr, not fatal) and a
 * thread draining stderr into a short tail for error messages (an undrained pipe would block the
 * worker once its buffer fills).
 */
final class WorkerProcess {

    /** Put on the queue when stdout ends: the process exited or was killed. */
    static final WorkerWire.Message EOF = new WorkerWire.Message(null, null, null, "end of output", null, null, null, null);
    private static final int TAIL_LINES = 20;

    private final Process process;
    private final Writer stdin;
    private final BlockingQueue<WorkerWire.Message> messages = new LinkedBlockingQueue<>();
    private final Deque<String> tail = new ArrayDeque<>();

    WorkerProcess(List<String> command) throws IOException {
        process = new ProcessBuilder(command).start();
        stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        daemon("evolp-worker-out", this::readStdout).start();
        daemon("evolp-worker-err", this::readStderr).start();
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    void send(String line) throws IOException {
        stdin.write(line);
        stdin.write('\n');
        stdin.flush();
    }

    /** Next message, {@link #EOF} after the process ended, null on timeout. */
    WorkerWire.Message poll(long timeoutNanos) throws InterruptedException {
        return messages.poll(timeoutNanos, TimeUnit.NANOSECONDS);
    }

    /** Exit code and the last stderr lines, for error messages. */
    String describeEnd() {
        StringBuilder sb = new StringBuilder();
        try {
            if (process.waitFor(2, TimeUnit.SECONDS)) sb.append("exit code ").append(process.exitValue());
            else sb.append("still running");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sb.append("exit status unknown");
        }
        String t = tail();
        if (!t.isEmpty()) sb.append("; last output: ").append(t);
        return sb.toString();
    }

    synchronized String tail() {
        return String.join(" | ", tail);
    }

    void kill() {
        process.destroyForcibly();
    }

    /** Polite stop: closing stdin ends the worker's read loop; forced after {@code graceMillis}. */
    void stop(long graceMillis) {
        try {
            stdin.close();
            if (!process.waitFor(graceMillis, TimeUnit.MILLISECONDS)) process.destroyForcibly();
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void readStdout() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                WorkerWire.Message n = WorkerWire.Message.parse(line);
                if (n != null) messages.add(n);
                else remember("stdout: " + line);
            }
        } catch (IOException e) {
            remember("stdout: " + e.getMessage());
        } finally {
            messages.add(EOF);
        }
    }

    private void readStderr() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) remember(line);
        } catch (IOException e) {
            // process gone; nothing more to read
        }
    }

    private synchronized void remember(String line) {
        tail.addLast(line.length() > 300 ? line.substring(0, 300) + "…" : line);
        while (tail.size() > TAIL_LINES) tail.removeFirst();
    }

    private static Thread daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
