package io.evolp.evolve;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One {@link Correction} per model family ({@code ModelSpec.family()}: the architecture, or the name
 * of an explicit conv list) plus a pooled one fed with every point. The gap between the layer sum
 * and a whole model depends on the family (residual adds, concatenations, classifier), so EvoLP fits
 * one per architecture; a family with fewer than {@code minFamilyPoints} points borrows the pooled
 * fit, which is better than the identity as soon as any family has been measured.
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
        this.families = Collections.unmodifiableMap(new LinkedHashMap<>(families));
        this.pooled = pooled;
        this.minFamilyPoints = minFamilyPoints;
    }

    /** No points yet; every family and the pool start as {@code prototype.withoutPoints()}. */
    public static FamilyCorrections of(Correction prototype, int minFamilyPoints) {
        return new FamilyCorrections(prototype, Map.of(), prototype.withoutPoints(), minFamilyPoints);
    }

    public static FamilyCorrections of(Correction prototype) {
        return of(prototype, DEFAULT_MIN_FAMILY_POINTS);
    }

    /** A copy with the pair added to the family's correction and to the pooled one. */
    public FamilyCorrections withPoint(String family, double raw, double measured) {
        Map<String, Correction> next = new LinkedHashMap<>(families);
        next.put(family, families.getOrDefault(family, prototype).withPoint(raw, measured));
        return new FamilyCorrections(prototype, next, pooled.withPoint(raw, measured), minFamilyPoints);
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
