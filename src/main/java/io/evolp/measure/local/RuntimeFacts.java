package io.evolp.measure.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a local number depends on, recorded with every result: a latency is only comparable with
 * another measured under the same runtime, optimisation level, threads and CPU.
 */
public record RuntimeFacts(String ortVersion, String optLevel, int intraOpThreads, int interOpThreads,
                           String cpuModel, String jvmVersion, String os) {

    static RuntimeFacts of(String ortVersion, LocalSettings s) {
        return new RuntimeFacts(ortVersion, s.optLevel().name(), s.intraOpThreads(), 1, currentCpu(), currentJvm(), currentOs());
    }

    /** "ORT 1.28.0, opt ALL, 1 thread, AMD EPYC" — for notes and logs. */
    public String summary() {
        return "ONNX Runtime " + ortVersion + ", opt " + optLevel + ", " + intraOpThreads + " intra-op thread"
                + (intraOpThreads == 1 ? "" : "s") + ", " + cpuModel;
    }

    /** The facts as text under snake_case keys, for JSON sidecars and measurement details. */
    public Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ort_version", ortVersion);
        m.put("opt_level", optLevel);
        m.put("intra_op_threads", Integer.toString(intraOpThreads));
        m.put("inter_op_threads", Integer.toString(interOpThreads));
        m.put("cpu_model", cpuModel);
        m.put("jvm", jvmVersion);
        m.put("os", os);
        return m;
    }

    static String currentJvm() {
        return System.getProperty("java.vm.name", "java") + " " + System.getProperty("java.runtime.version",
                System.getProperty("java.version", "?"));
    }

    static String currentOs() {
        return System.getProperty("os.name", "?") + " " + System.getProperty("os.version", "") + " "
                + System.getProperty("os.arch", "");
    }

    /**
     * The CPU's marketing name: x86 {@code model name} in /proc/cpuinfo; ARM boards (Jetson, Pi) lack
     * it, so their device-tree model or cpuinfo's {@code Hardware} line stands in; else the arch.
     */
    static String currentCpu() {
        String fromCpuInfo = cpuInfoField(read(Path.of("/proc/cpuinfo")), "model name");
        if (fromCpuInfo == null) fromCpuInfo = cpuInfoField(read(Path.of("/proc/cpuinfo")), "Hardware");
        if (fromCpuInfo != null) return fromCpuInfo;
        List<String> tree = read(Path.of("/proc/device-tree/model"));
        if (!tree.isEmpty() && !tree.get(0).isBlank()) return tree.get(0).replace("\0", "").trim();
        return System.getProperty("os.arch", "unknown CPU");
    }

    static String cpuInfoField(List<String> lines, String field) {
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equals(field)) {
                String v = line.substring(colon + 1).trim();
                if (!v.isEmpty()) return v;
            }
        }
        return null;
    }

    private static List<String> read(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException e) {
            return List.of(); // not Linux, or no such file: fall through to the next source
        }
    }
}
