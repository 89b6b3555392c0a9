package io.evolp.cli;

import io.evolp.io.InputFiles;
import io.evolp.io.InputLimits;
import io.evolp.io.JsonOut;
import io.evolp.measure.Measurement;
import io.evolp.measure.local.LocalWorkerClient;
import io.evolp.workflow.export.PrunedOnnxSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code evolp measure-onnx}: an ONNX file as it is (an imported or pruned model) measured in the
 * local ONNX Runtime worker with the same settings as {@code measure-model --device local}.
 */
@Command(name = "measure-onnx", description = "Measure ONNX files as they are (e.g. a pruned export) on this machine "
        + "with ONNX Runtime, with the settings of measure-model --device local.")
final class MeasureOnnxCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin MeasureOptions device;

    @Option(names = "--onnx", required = true, paramLabel = "F.onnx", description = "ONNX file(s) to measure.")
    List<Path> files;

    @Option(names = "--json", description = "One JSON object per file: file, latency_ms (median), spread_ms, count, facts.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!"local".equals(device.device)) throw new IllegalArgumentException("measure-onnx measures on --device local only");
        PrintWriter out = spec.commandLine().getOut();
        if (!json) out.printf("%-40s %12s %11s %6s%n", "file", "median ms", "spread ms", "runs");
        try (LocalWorkerClient client = new LocalWorkerClient()) {
            for (Path f : files) {
                Inputs.requireFile(f);
                byte[] bytes = InputFiles.readBytes(f, InputLimits.maxBinaryBytes(), "ONNX model");
                Measurement m = PrunedOnnxSource.measured(client.measureOnnx(bytes, device.localSettings()));
                if (json) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("file", f.toString());
                    JsonOutput.putMeasurement(o, m);
                    out.println(JsonOut.line(o));
                } else {
                    out.printf(java.util.Locale.ROOT, "%-40s %12.3f %11.3f %6d%n", f, m.medianMs(), m.spreadMs(), m.count());
                }
                out.flush();
            }
        }
        return 0;
    }
}
