package io.evolp.measure.local;

import io.evolp.core.LayerConfig;
import io.evolp.io.worker.WorkerWire;

import java.util.Locale;

/**
 * Worker protocol DTOs ({@link WorkerWire}) to and from the measurement types: layers, settings,
 * results and runtime facts. The DTO reader has checked the JSON types; this checks what only the
 * domain knows (a layer that cannot exist, an optimisation level ONNX Runtime lacks).
 */
public final class WorkerWireMapper {

    private WorkerWireMapper() {
    }

    public static WorkerWire.Layer layer(LayerConfig c) {
        return new WorkerWire.Layer(c.inputSize(), c.cin(), c.cout(), c.kh(), c.kw(), c.sh(), c.sw(), c.ph(), c.pw(), c.bias(), c.groups());
    }

    /** @throws IllegalArgumentException for a layer that cannot exist */
    public static LayerConfig layer(WorkerWire.Layer n) {
        if (n == null) throw new IllegalArgumentException("'layer' must be an object");
        String problem = LayerConfig.problem(n.inputSize(), n.cin(), n.cout(), n.kh(), n.kw(), n.sh(), n.sw(), n.ph(), n.pw(), n.groups());
        if (problem != null) throw new IllegalArgumentException("impossible layer: " + problem);
        return new LayerConfig(n.inputSize(), n.cin(), n.cout(), n.kh(), n.kw(), n.sh(), n.sw(), n.ph(), n.pw(), n.bias(), n.groups());
    }

    public static WorkerWire.Settings settings(LocalSettings s) {
        return new WorkerWire.Settings(s.intraOpThreads(), s.optLevel().name(), s.warmup(), s.repeats(), s.rounds(),
                s.moduleRepeats(), s.seed());
    }

    /** Missing fields take the defaults. @throws IllegalArgumentException for an unknown optimisation level */
    public static LocalSettings settings(WorkerWire.Settings n) {
        LocalSettings d = LocalSettings.defaults();
        if (n == null) return d;
        String opt = n.opt() != null ? n.opt().toUpperCase(Locale.ROOT) : d.optLevel().name();
        LocalSettings.OptLevel level;
        try {
            level = LocalSettings.OptLevel.valueOf(opt);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown optimisation level '" + opt + "'; use NONE, BASIC, EXTENDED or ALL");
        }
        return new LocalSettings(or(n.threads(), d.intraOpThreads()), level, or(n.warmup(), d.warmup()),
                or(n.repeats(), d.repeats()), or(n.rounds(), d.rounds()), or(n.moduleRepeats(), d.moduleRepeats()),
                n.seed() != null ? n.seed() : d.seed());
    }

    public static WorkerWire.Measurement measurement(LocalMeasurement m) {
        return new WorkerWire.Measurement(m.medianMs(), m.q1Ms(), m.q3Ms(), m.minMs(), m.maxMs(), m.runs(),
                m.roundMediansMs(), m.sessionCreateMs(), m.divisor(), facts(m.facts()));
    }

    /** @throws IllegalArgumentException for a missing result */
    public static LocalMeasurement measurement(WorkerWire.Measurement n) {
        if (n == null) throw new IllegalArgumentException("malformed measurement from the worker: no result");
        return new LocalMeasurement(n.medianMs(), n.q1Ms(), n.q3Ms(), n.minMs(), n.maxMs(), n.runs(),
                n.roundMediansMs() == null ? new double[0] : n.roundMediansMs(), n.sessionCreateMs(), n.divisor(), facts(n.facts()));
    }

    public static WorkerWire.Facts facts(RuntimeFacts f) {
        return f == null ? null : new WorkerWire.Facts(f.ortVersion(), f.optLevel(), f.intraOpThreads(), f.interOpThreads(),
                f.cpuModel(), f.jvmVersion(), f.os());
    }

    public static RuntimeFacts facts(WorkerWire.Facts f) {
        return f == null ? null : new RuntimeFacts(f.ortVersion(), f.optLevel(), f.intraOpThreads(), f.interOpThreads(),
                f.cpuModel(), f.jvmVersion(), f.os());
    }

    private static int or(Integer v, int fallback) {
        return v == null ? fallback : v;
    }
}
