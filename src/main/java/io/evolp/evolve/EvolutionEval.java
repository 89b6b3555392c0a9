package io.evolp.evolve;

import io.evolp.task.ProgressMonitor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Does evolution help on this device? For k = 0…K measured models per family, every correction kind
 * (and {@code none}, the raw layer sum) is fitted to k random models of each family and judged on
 * all the others: MAPE, ±10% accuracy and 90% band coverage, over random draws. Every kind sees the
 * identical draws, so the comparison is paired.
 *
 * <p>K is the smallest family's size minus one (at least one model of each family stays held out),
 * capped by {@link Options#maxK}. The training models of a draw arrive interleaved across families
 * (first of each family, then second, …), as in a session that measures several architectures.
 */
public final class EvolutionEval {

    /** The raw layer sum, no correction: the baseline every kind must beat. */
    public static final String NONE = "none";

    /** @param maxK largest k to evaluate (−1: as many as the data allows) */
    public record Options(int draws, long seed, int maxK, List<String> kinds) {
        public Options {
            if (draws < 1) throw new IllegalArgumentException("--draws must be >= 1, was " + draws);
            kinds = List.copyOf(kinds);
        }

        /** 20 draws, seed 1, all k, none and every correction kind. */
        public static Options defaults() {
            List<String> kinds = new ArrayList<>();
            kinds.add(NONE);
            kinds.addAll(Corrections.KINDS);
            return new Options(20, 1, -1, kinds);
        }

        public Options withDraws(int d) { return new Options(d, seed, maxK, kinds); }
        public Options withSeed(long s) { return new Options(draws, s, maxK, kinds); }
        public Options withMaxK(int k) { return new Options(draws, seed, k, kinds); }
    }

    /** One kind at one k: each metric summarised over the draws (percent). */
    public record Cell(String kind, int k, EvalSummary mape, EvalSummary within10, EvalSummary coverage) {
    }

    /** All cells, kinds in the order asked, k ascending; {@code families} maps family → models. */
    public record Result(List<String> kinds, int maxK, int draws, long seed, Map<String, Integer> families,
                         List<Cell> cells) {
        public Cell cell(String kind, int k) {
            for (Cell c : cells) if (c.kind().equals(kind) && c.k() == k) return c;
            throw new IllegalArgumentException("no result for " + kind + " at k = " + k);
        }
    }

    private EvolutionEval() {
    }

    /** @throws IllegalArgumentException when a family has fewer than two models or a kind is unknown */
    public static Result run(List<EvalSample> samples, Options o, ProgressMonitor pm) {
        Map<String, List<EvalSample>> byFamily = new LinkedHashMap<>();
        for (EvalSample s : samples) byFamily.computeIfAbsent(s.family(), f -> new ArrayList<>()).add(s);
        if (byFamily.isEmpty()) throw new IllegalArgumentException("no measured models to evaluate");
        int smallest = byFamily.values().stream().mapToInt(List::size).min().orElse(0);
        if (smallest < 2) {
            throw new IllegalArgumentException("every family needs at least 2 measured models (one to learn from, one to "
                    + "judge); sizes: " + sizes(byFamily));
        }
        int maxK = o.maxK() < 0 ? smallest - 1 : Math.min(o.maxK(), smallest - 1);
        Map<String, Correction> prototypes = new LinkedHashMap<>();
        for (String kind : o.kinds()) prototypes.put(kind, NONE.equals(kind) ? null : Corrections.create(kind));
        int kinds = o.kinds().size();
        double[][][][] metrics = new double[kinds][maxK + 1][3][o.draws()];
        long total = (long) o.draws() * (maxK + 1), done = 0;
        for (int d = 0; d < o.draws(); d++) {
            Random rng = new Random(o.seed() * 1_000_003L + d);
            List<List<EvalSample>> shuffled = new ArrayList<>();
            for (List<EvalSample> fam : byFamily.values()) {
                List<EvalSample> copy = new ArrayList<>(fam);
                Collections.shuffle(copy, rng);
                shuffled.add(copy);
            }
            for (int k = 0; k <= maxK; k++) {
                pm.checkCancelled();
                List<MeasuredPair> train = interleavedFirst(shuffled, k);
                List<EvalSample> test = new ArrayList<>();
                for (List<EvalSample> fam : shuffled) test.addAll(fam.subList(k, fam.size()));
                int i = 0;
                for (Correction proto : prototypes.values()) {
                    double[] m = score(proto, train, test);
                    for (int j = 0; j < 3; j++) metrics[i][k][j][d] = m[j];
                    i++;
                }
                pm.progress(++done, total, "draw " + (d + 1) + " of " + o.draws() + ", k = " + k);
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < kinds; i++) {
            for (int k = 0; k <= maxK; k++) {
                cells.add(new Cell(o.kinds().get(i), k, EvalSummary.of(metrics[i][k][0]),
                        EvalSummary.of(metrics[i][k][1]), EvalSummary.of(metrics[i][k][2])));
            }
        }
        return new Result(o.kinds(), maxK, o.draws(), o.seed(), sizes(byFamily), cells);
    }

    private static List<MeasuredPair> interleavedFirst(List<List<EvalSample>> families, int k) {
        List<MeasuredPair> out = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            for (List<EvalSample> fam : families) {
                EvalSample s = fam.get(j);
                out.add(new MeasuredPair(s.family(), "", s.rawMs(), s.measuredMs(), 0, "eval", false, null, s.noiseSdMs()));
            }
        }
        return out;
    }

    /** {MAPE %, ±10% accuracy %, 90% band coverage % (NaN for none)} on the test models. */
    static double[] score(Correction prototype, List<MeasuredPair> train, List<EvalSample> test) {
        FamilyCorrections fc = prototype == null ? null
                : FamilyCorrections.fromPairs(prototype, FamilyCorrections.defaultMinFamilyPoints(prototype), train);
        double ape = 0, within = 0, covered = 0;
        for (EvalSample s : test) {
            double pred = fc == null ? s.rawMs() : fc.apply(s.family(), s.rawMs());
            double rel = Math.abs(pred - s.measuredMs()) / s.measuredMs();
            ape += rel;
            if (rel <= 0.10) within++;
            if (fc != null && fc.band(s.family(), s.rawMs()).contains(s.measuredMs())) covered++;
        }
        int n = test.size();
        return new double[]{100 * ape / n, 100 * within / n, fc == null ? Double.NaN : 100 * covered / n};
    }

    private static Map<String, Integer> sizes(Map<String, List<EvalSample>> byFamily) {
        Map<String, Integer> m = new LinkedHashMap<>();
        byFamily.forEach((f, l) -> m.put(f, l.size()));
        return m;
    }
}
