package io.evolp.predict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.io.FieldProblem;
import io.evolp.io.Json;
import io.evolp.io.JsonFiles;
import io.evolp.io.predictor.PredictorFile;

/** Tests edit predictor files as trees (remove a field, break a value): the DTO as a tree and back. */
final class PredictorTrees {

    private PredictorTrees() {
    }

    static ObjectNode toJson(LatencyPredictor p) {
        return Json.mapper().valueToTree(PredictorMapper.toFile(p));
    }

    static LatencyPredictor fromJson(JsonNode node, String fileName) {
        PredictorFile dto;
        try {
            dto = JsonFiles.bind(node, PredictorFile.class);
        } catch (FieldProblem e) {
            throw JsonFiles.unlocated(fileName, e);
        }
        return PredictorStore.fromFile(dto, fileName);
    }
}
