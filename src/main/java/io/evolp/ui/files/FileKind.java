package io.evolp.ui.files;

import io.evolp.core.ModelSpec;
import io.evolp.io.JsonHead;
import io.evolp.io.ModelJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What a file dropped on the window is, decided by extension and content (off the FX thread):
 * a layer dataset (.csv), a project, an evolving or plain predictor, a compression session,
 * recorded models (every model has latency_ms, more than one → a replay source for the Devices
 * screen), or models to import (model JSON, or an {@code .onnx} graph). Anything else is {@link Kind#UNKNOWN} with the reason.
 */
public record FileKind(Kind kind, Path file, String reason) {

    public enum Kind { DATASET, PROJECT, PREDICTOR, EVOLVING_PREDICTOR, SESSION, REPLAY, MODEL, UNKNOWN }

    public static FileKind of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isDirectory(file)) return unknown(file, "it is a folder");
        if (name.endsWith(".csv")) return new FileKind(Kind.DATASET, file, "");
        if (name.endsWith(".onnx")) return new FileKind(Kind.MODEL, file, ""); // read by OnnxImport on import
        if (!(name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson"))) {
            return unknown(file, "only .csv (layer datasets), .onnx (models) and .json/.jsonl files (projects, "
                    + "predictors, sessions, models) can be opened here");
        }
        JsonHead first;
        try {
            first = JsonHead.of(io.evolp.io.InputFiles.readJson(file));
        } catch (IOException e) {
            return unknown(file, io.evolp.ui.common.Messages.oneLine(e));
        }
        if (first == null) return unknown(file, "it does not start with a JSON object");
        if (io.evolp.project.ProjectFiles.TYPE.equals(first.text("type"))) return new FileKind(Kind.PROJECT, file, "");
        if ("evolving".equals(first.text("kind"))) return new FileKind(Kind.EVOLVING_PREDICTOR, file, "");
        if (first.has("kind") && first.has("format")) return new FileKind(Kind.PREDICTOR, file, "");
        if (first.has("settings") && first.has("steps")) return new FileKind(Kind.SESSION, file, "");
        if (first.has("arch") || first.has("convs")) {
            try {
                List<ModelSpec> models = ModelJson.read(file);
                boolean recorded = models.size() > 1 && models.stream().allMatch(m -> m.latencyMs() != null);
                return new FileKind(recorded ? Kind.REPLAY : Kind.MODEL, file, "");
            } catch (IOException | RuntimeException e) {
                return unknown(file, io.evolp.ui.common.Messages.oneLine(e));
            }
        }
        return unknown(file, "a JSON object without \"type\", \"kind\", \"arch\", \"convs\" or \"steps\" — not a "
                + "project, predictor, session or model file");
    }

    private static FileKind unknown(Path file, String reason) {
        return new FileKind(Kind.UNKNOWN, file, reason);
    }
}
