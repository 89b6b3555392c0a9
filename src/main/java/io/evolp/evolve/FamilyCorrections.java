package io.evolp.evolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@link Correction} per model family ({@code ModelSpec.family()}: the architecture, or the name
 * of an explicit conv list) plus a pooled one fed with every point. The gap between the layer sum
 * and a whole model depends on the family (residual adds, concatenations, classifier), so EvoLP fits
 * one per architecture; a family with fewer than {@code minFamilyPoints} points borrows the pooled
 * fit, which is better than the identity as soon as any family has been measured.
 *
 * <p>{@code shrink} corrections are partially pooled instead ({@link ShrinkPool}): each family's fit
 * borrows scatter and a shrinkage target from the others, so it is safe from its first point and
 * {@code minFamilyPoints} defaults to 1 for that kind.
 *
 * <p>Immutable like the corrections it holds.
 */
public final class FamilyCorrections {

    /** Three: two points fix a line exactly; the third is the first check that it holds. */
    public static final int DEFAULT_MIN_FAMILY_POINTS = 3;

    private final Correction prototype;
    private final Map<String, Correction> families;
    private final Correction pooled;
    private final int minFamilyPoints;

    FamilyCorrections(Correction prototype, Map<String, Correction> families, Correction pooled, int minFamilyPoints) {
        if (minFamilyPoints < 1) throw new IllegalArgumentException("min family points must be >= 1");
        this.prototype = prototype.withoutPoints();
        this.families = Collections.unmodifiableMap(ShrinkPool.install(new LinkedHashMap<>(families)));
        this.pooled = pooled;
        this.minFamilyPoints = minFamilyPoints;
    }

    /** No points yet; every family and the pool start as {@code prototype.withoutPoints()}. */
    public static FamilyCorrections of(Correction prototype, int minFamilyPoints) {
        return new FamilyCorrections(prototype, Map.of(), prototype.withoutPoints(), minFamilyPoints);
    }

    public static FamilyCorrections of(Correction prototype) {
        return of(prototype, defaultMinFamilyPoints(prototype));
    }

    /** 1 for {@code shrink} (pooled, safe from the first point), else {@link #DEFAULT_MIN_FAMILY_POINTS}. */
    public static int defaultMinFamilyPoints(Correction prototype) {
        return prototype instanceof ShrinkCorrection ? 1 : DEFAULT_MIN_FAMILY_POINTS;
    }

    /**
     * All measurements at once, each family and the pool fitted once: linear in the history's length
     * where adding the pairs one by one refits every time.
     */
    public static FamilyCorrections fromPairs(Correction prototype, int minFamilyPoints, List<MeasuredPair> pairs) {
        Map<String, List<double[]>> pts = new LinkedHashMap<>();
        Map<String, List<Double>> sds = new LinkedHashMap<>();
        List<double[]> all = new ArrayList<>(pairs.size());
        List<Double> allSds = new ArrayList<>(pairs.size());
        for (MeasuredPair p : pairs) {
            double[] xy = {p.rawMs(), p.measuredMs()};
            pts.computeIfAbsent(p.family(), k -> new ArrayList<>()).add(xy);
            sds.computeIfAbsent(p.family(), k -> new ArrayList<>()).add(p.noiseSdMs());
            all.add(xy);
            allSds.add(p.noiseSdMs());
        }
        Map<String, Correction> fam = new LinkedHashMap<>();
        pts.forEach((f, list) -> fam.put(f, Corrections.refit(prototype, list, sds.get(f))));
        return new FamilyCorrections(prototype, fam, Corrections.refit(prototype, all, allSds), minFamilyPoints);
    }

    /** A copy with the pair added to the family's correction and to the pooled one. */
    public FamilyCorrections withPoint(String family, double raw, double measured) {
        return withMeasurement(family, raw, measured, Double.NaN);
    }

    /** As {@link #withPoint}, with the measurement's standard deviation in ms (NaN = unknown). */
    public FamilyCorrections withMeasurement(String family, double raw, double measured, double spreadMs) {
        Map<String, Correction> next = new LinkedHashMap<>(families);
        next.put(family, families.getOrDefault(family, prototype).withMeasurement(raw, measured, spreadMs));
        return new FamilyCorrections(prototype, next, pooled.withMeasurement(raw, measured, spreadMs), minFamilyPoints);
    }

    /** True when the family's own correction has enough points to be used. */
    public boolean usesFamily(String family) {
        Correction c = families.get(family);
        return c != null && c.size() >= minFamilyPoints;
    }

    /** The correction that answers for this family: its own, or the pooled one. */
    public Correction forFamily(String family) {
        return usesFamily(family) ? families.get(family) : pooled;
    }

    public double apply(String family, double raw) {
        return forFamily(family).apply(raw);
    }

    public Band band(String family, double raw) {
        return forFamily(family).band(raw);
    }

    public String kind() { return prototype.kind(); }

    public Correction prototype() { return prototype; }

    public Correction pooled() { return pooled; }

    /** The per-family corrections, in the order families were first seen. */
    public Map<String, Correction> families() { return families; }

    public int minFamilyPoints() { return minFamilyPoints; }
}
