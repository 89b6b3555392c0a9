package io.evolp.compress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;

/** The format-2 parts of a session file (a step's evidence, the end state), readable from format-1 files too. */
final class SessionSteps {

    private SessionSteps() {
    }

    static void writeEvidence(ObjectNode o, SessionStep s) {
        o.put("kind", s.kind());
        o.put("estimate_ms", s.estimateMs());
        if (Double.isFinite(s.estimateSeMs())) o.put("estimate_se_ms", s.estimateSeMs());
        else o.putNull("estimate_se_ms");
        o.put("candidate_measurements", s.candidateMeasurements());
        o.put("verdict", s.verdict().name());
    }

    /** The step with its stored evidence, or {@code old} (one measurement standing alone) when there is none. */
    static SessionStep readEvidence(JsonNode o, SessionStep old) {
        if (!o.path("estimate_ms").isNumber()) return old;
        Evidence.Verdict verdict;
        try {
            verdict = Evidence.Verdict.valueOf(o.path("verdict").asText("").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown step verdict " + o.get("verdict") + " (INSIDE, UNSURE or OUTSIDE)");
        }
        JsonNode se = o.get("estimate_se_ms");
        return new SessionStep(old.index(), old.widths(), old.ratio(), old.keptRatio(), old.rawMs(), old.predictedMs(),
                old.band(), old.measured(), old.correction(), old.outcome(), old.probes(), old.withinWindow(),
                o.path("kind").asText(SessionStep.SEARCH), o.get("estimate_ms").doubleValue(),
                se != null && se.isNumber() ? se.doubleValue() : Double.NaN,
                Math.max(1, o.path("candidate_measurements").asInt(1)), verdict);
    }

    /** The stored state, or for a format-1 file the one its flags and reason describe. */
    static SessionState state(String stored, boolean finished, boolean withinWindow, String reason) {
        if (!stored.isEmpty()) {
            try {
                return SessionState.valueOf(stored);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown session state \"" + stored + "\"");
            }
        }
        if (withinWindow) return SessionState.CONVERGED;
        if (!finished) return SessionState.RUNNING;
        String r = reason.toLowerCase(Locale.ROOT);
        if (r.contains("unreachable")) return SessionState.UNREACHABLE;
        if (r.contains("nothing to prune")) return SessionState.NOTHING_TO_PRUNE;
        if (r.contains("prediction only")) return SessionState.PREDICTION_ONLY;
        return SessionState.BUDGET_SPENT;
    }
}
