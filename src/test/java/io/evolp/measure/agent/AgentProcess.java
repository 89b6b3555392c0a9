package io.evolp.measure.agent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real {@code evolp agent} JVM for tests: started through the Launcher, as a user would run it. */
final class AgentProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");

    final Process process;
    final int port;
    final Path stderr;

    private AgentProcess(Process process, int port, Path stderr) {
        this.process = process;
        this.port = port;
        this.stderr = stderr;
    }

    /** Starts {@code evolp agent args…}; returns once it prints its port. The token variable is not inherited. */
    static AgentProcess start(String envToken, String... args) throws IOException {
        Result r = launch(envToken, args);
        if (r.port < 0) {
            throw new IllegalStateException("agent did not start (exit " + r.process.exitValue() + "): " + Files.readString(r.stderr));
        }
        return new AgentProcess(r.process, r.port, r.stderr);
    }

    /** Runs {@code evolp agent args…} expecting it to stop by itself; returns exit code and stderr. */
    static Result run(String envToken, String... args) throws IOException, InterruptedException {
        Result r = launch(envToken, args);
        r.process.waitFor();
        return r;
    }

    record Result(Process process, int port, Path stderr) {
        String err() throws IOException {
            return Files.readString(stderr);
        }
    }

    private static Result launch(String envToken, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "io.evolp.Launcher", "agent"));
        cmd.addAll(List.of(args));
        Path err = Files.createTempFile("evolp-agent", ".err");
        err.toFile().deleteOnExit();
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(err.toFile());
        pb.environment().remove(AgentSources.TOKEN_ENV);
        if (envToken != null) pb.environment().put(AgentSources.TOKEN_ENV, envToken);
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        int port = -1;
        while (port < 0 && (line = out.readLine()) != null) { // EOF when the agent exits
            Matcher m = LISTENING.matcher(line);
            if (m.find()) port = Integer.parseInt(m.group(1));
        }
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // keep the pipe from filling
                }
            } catch (IOException ignored) {
                // process gone
            }
        });
        drain.setDaemon(true);
        drain.start();
        return new Result(p, port, err);
    }

    /** SIGKILL: no shutdown hook, as when a board loses power. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
