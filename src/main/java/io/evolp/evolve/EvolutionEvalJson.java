package io.evolp.evolve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.io.Json;

/** {@code evolve-eval --json}: the options, the families and one object per (kind, k). */
public final class EvolutionEvalJson {

    private EvolutionEvalJson() {
    }

    public static ObjectNode toJson(EvolutionEval.Result r) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("draws", r.draws());
        o.put("seed", r.seed());
        o.put("max_k", r.maxK());
        ObjectNode fam = o.putObject("families");
        r.families().forEach(fam::put);
        ArrayNode cells = o.putArray("results");
        for (EvolutionEval.Cell c : r.cells()) {
            ObjectNode e = cells.addObject();
            e.put("correction", c.kind());
            e.put("k", c.k());
            e.set("mape", summary(c.mape()));
            e.set("acc10", summary(c.within10()));
            if (c.coverage().n() > 0) e.set("coverage90", summary(c.coverage()));
        }
        return o;
    }

    private static ObjectNode summary(EvalSummary s) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("median", s.median());
        o.put("p25", s.p25());
        o.put("p75", s.p75());
        o.put("min", s.min());
        o.put("max", s.max());
        o.put("mean", s.mean());
        return o;
    }
}
