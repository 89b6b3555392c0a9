package io.evolp.evolve;

import java.util.List;
import java.util.Locale;

/** The correction kinds by name, as {@code --correction linear|robust|bayes} names them. */
public final class Corrections {

    public static final List<String> KINDS = List.of("linear", "robust", "bayes");

    private Corrections() {
    }

    /**
     * An empty correction of this kind with default settings.
     *
     * @throws IllegalArgumentException naming the known kinds
     */
    public static Correction create(String kind) {
        String k = kind == null ? "" : kind.trim().toLowerCase(Locale.ROOT);
        switch (k) {
            case "linear": return new LinearCorrection(List.of());
            case "robust": return new RobustCorrection(List.of());
            case "bayes": return new BayesCorrection(List.of());
            default:
                throw new IllegalArgumentException("unknown correction '" + kind + "'; known: " + String.join(", ", KINDS));
        }
    }
}
