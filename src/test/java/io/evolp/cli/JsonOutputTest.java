package io.evolp.cli;

import io.evolp.predict.ModelPrediction;
import io.evolp.predict.eval.Metrics;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The --json objects: same fields and order as before the move to io.JsonOut, undefined metrics as null. */
class JsonOutputTest {

    @Test
    void predictionHasLatencyLayersAndUnseenKeys() {
        String json = JsonOutput.prediction(new ModelPrediction(3.5, new double[]{1.0, 2.5}, List.of("k1s1p0")));
        assertEquals("{\"latency_ms\":3.5,\"layers\":[1.0,2.5],\"unseen_keys\":[\"k1s1p0\"]}", json);
    }

    @Test
    void undefinedMetricsAreNull() {
        Metrics m = Metrics.of(new double[]{2.0}, new double[]{2.1});
        String json = JsonOutput.metrics(m);
        assertTrue(json.startsWith("{\"n\":1,\"rmse_ms\":"), json);
        assertTrue(json.contains("\"spearman\":null"), json);
        assertEquals(List.of("n", "rmse_ms", "mape", "acc5", "acc10", "spearman", "worst"),
                List.copyOf(JsonOutput.metricsMap(m).keySet()));
    }
}
