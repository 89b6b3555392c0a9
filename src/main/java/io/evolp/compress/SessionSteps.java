package io.evolp.compress;

import io.evolp.evolve.Band;
import io.evolp.io.session.SessionFile;
import io.evolp.measure.Measurement;
import io.evolp.measure.RunDetails;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A session's steps ↔ {@link SessionFile.Step}, format-2 evidence and state readable from format-1 files too. */
final class SessionSteps {

    private SessionSteps() {
    }

    /** One step; {@code withProbes} false gives the CLI's compact form (the count stays in search_steps). */
    static SessionFile.Step write(SessionStep s, boolean withProbes) {
        Measurement m = s.measured();
        Map<String, Double> correction = new LinkedHashMap<>();
        s.correction().forEach((k, v) -> correction.put(k, v == null || !Double.isFinite(v) ? null : v));
        List<List<Double>> probes = null;
        if (withProbes) {
            probes = new ArrayList<>();
            for (BudgetSearch.Probe p : s.probes()) probes.add(List.of(p.ratio(), p.predictedMs()));
        }
        return new SessionFile.Step(s.index(), s.widths(), s.ratio(), s.keptRatio(), s.rawMs(), s.predictedMs(),
                s.band() == null ? null : List.of(s.band().low(), s.band().high()), m.medianMs(), m.spreadMs(),
                m.count(), m.source(), m.simulated(), m.note(), m.timestamp().toString(), details(m.details()),
                correction, s.outcome().name(), s.searchSteps(), probes, s.withinWindow(), s.kind(), s.estimateMs(),
                Double.isFinite(s.estimateSeMs()) ? s.estimateSeMs() : null, s.candidateMeasurements(),
                s.verdict().name());
    }

    static SessionStep read(SessionFile.Step o, Need n) {
        if (o == null) throw n.fail("each step must be an object");
        List<Double> b = o.bandMs();
        Band band = b != null && b.size() == 2 && b.get(0) != null && b.get(1) != null ? new Band(b.get(0), b.get(1)) : null;
        Instant at;
        try {
            at = Instant.parse(n.text(o.measuredAt(), "measured_at"));
        } catch (DateTimeParseException e) {
            throw n.at("measured_at").fail("step \"measured_at\" is not an ISO instant: " + o.measuredAt());
        }
        Measurement m = new Measurement(n.num(o.measuredMs(), "measured_ms"), n.num(o.spreadMs(), "spread_ms"),
                (int) n.num(o.runs() == null ? null : o.runs().doubleValue(), "runs"), at, n.text(o.source(), "source"),
                n.bool(o.simulated(), "simulated"), o.note() == null ? "" : o.note(), details(o.measurementDetails(), n));
        Map<String, Double> correction = new LinkedHashMap<>();
        n.obj(o.correction(), "correction").forEach((k, v) -> correction.put(k, v == null ? Double.NaN : v));
        List<BudgetSearch.Probe> probes = new ArrayList<>();
        for (List<Double> p : n.arr(o.probes(), "probes")) {
            if (p == null || p.size() < 2 || p.get(0) == null || p.get(1) == null) {
                throw n.at("probes").fail("each probe must be [ratio, predicted_ms]");
            }
            probes.add(new BudgetSearch.Probe(p.get(0), p.get(1)));
        }
        BudgetSearch.Outcome outcome;
        try {
            outcome = BudgetSearch.Outcome.valueOf(n.text(o.outcome(), "outcome"));
        } catch (IllegalArgumentException e) {
            throw n.at("outcome").fail("unknown step outcome \"" + o.outcome() + "\"");
        }
        SessionStep old = new SessionStep((int) n.num(o.index() == null ? null : o.index().doubleValue(), "index"),
                n.arr(o.widths(), "widths"), n.num(o.ratio(), "ratio"), n.num(o.keptRatio(), "kept_ratio"),
                n.num(o.rawMs(), "raw_ms"), n.num(o.predictedMs(), "predicted_ms"), band, m, correction, outcome,
                probes, n.bool(o.withinWindow(), "within_window"));
        return evidence(o, old, n);
    }

    /** The step with its stored evidence, or {@code old} (one measurement standing alone) when there is none. */
    private static SessionStep evidence(SessionFile.Step o, SessionStep old, Need n) {
        if (o.estimateMs() == null) return old;
        Evidence.Verdict verdict;
        try {
            verdict = Evidence.Verdict.valueOf((o.verdict() == null ? "" : o.verdict()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw n.at("verdict").fail("unknown step verdict \"" + o.verdict() + "\" (INSIDE, UNSURE or OUTSIDE)");
        }
        return new SessionStep(old.index(), old.widths(), old.ratio(), old.keptRatio(), old.rawMs(), old.predictedMs(),
                old.band(), old.measured(), old.correction(), old.outcome(), old.probes(), old.withinWindow(),
                o.kind() == null ? SessionStep.SEARCH : o.kind(), o.estimateMs(),
                o.estimateSeMs() == null ? Double.NaN : o.estimateSeMs(),
                Math.max(1, o.candidateMeasurements() == null ? 1 : o.candidateMeasurements()), verdict);
    }

    private static SessionFile.RunDetails details(RunDetails d) {
        if (d == null) return null;
        return new SessionFile.RunDetails(d.minMs(), d.q1Ms(), d.q3Ms(), d.maxMs(), d.roundMediansMs(), d.facts());
    }

    private static RunDetails details(SessionFile.RunDetails d, Need step) {
        if (d == null) return null;
        Need n = step.at("measurement_details");
        String what = "measurement details need a number";
        if (d.minMs() == null || d.q1Ms() == null || d.q3Ms() == null || d.maxMs() == null) {
            throw n.fail(what + " 'min_ms', 'q1_ms', 'q3_ms' and 'max_ms'");
        }
        return new RunDetails(d.minMs(), d.q1Ms(), d.q3Ms(), d.maxMs(),
                d.roundMediansMs() == null ? List.of() : d.roundMediansMs(),
                d.facts() == null ? Map.of() : new LinkedHashMap<>(d.facts()));
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
