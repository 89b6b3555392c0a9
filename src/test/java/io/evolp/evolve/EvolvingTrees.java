package io.evolp.evolve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.io.Json;
import io.evolp.io.evolve.CorrectionFile;
import io.evolp.io.evolve.EvolvingFile;

/** Tests build and break evolving-predictor and correction files as trees: the DTOs as trees and back. */
final class EvolvingTrees {

    private EvolvingTrees() {
    }

    static ObjectNode toJson(EvolvingPredictor p) {
        return Json.mapper().valueToTree(EvolvingPredictorJson.toFile(p));
    }

    static EvolvingPredictor fromJson(JsonNode node, String fileName) {
        return EvolvingPredictorJson.fromFile(Json.mapper().convertValue(node, EvolvingFile.class), fileName);
    }

    static JsonNode correction(Correction c) {
        return Json.mapper().valueToTree(CorrectionJson.write(c));
    }

    static Correction correction(JsonNode node) {
        return CorrectionJson.read(Json.mapper().convertValue(node, CorrectionFile.class));
    }
}
