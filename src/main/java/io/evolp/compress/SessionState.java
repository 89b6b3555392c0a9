package io.evolp.compress;

/**
 * Where a compression session stands. The CLI's exit code follows it ({@link #exitCode()}), and
 * the GUI's status line names it ({@link #label()}).
 */
public enum SessionState {
    /** Still measuring. */
    RUNNING("running", 3),
    /** The candidate's estimate is inside the window with 90 % confidence and an independent measurement confirmed it
     * (or the source reports no noise at all and its number is in the window: the reason says so). */
    CONVERGED("converged", 0),
    /** The full model already fits under the budget: it is kept. */
    NOTHING_TO_PRUNE("nothing to prune", 0),
    /** The measurement noise is wider than the window: no number of rounds can place a candidate in it with confidence. */
    NOISE_WIDER_THAN_WINDOW("noise is wider than the window", 3),
    /** Two neighbouring widths measure on either side of the window: no candidate lies in it. */
    NO_CANDIDATE_IN_WINDOW("no candidate in the window", 3),
    /** Even the most pruned model measures above the budget. */
    UNREACHABLE("budget unreachable", 4),
    /** The measurement budget ran out first. */
    BUDGET_SPENT("measurement budget spent", 3),
    /** Zero measurements were allowed: the result is a prediction only. */
    PREDICTION_ONLY("prediction only", 3);

    private final String label;
    private final int exitCode;

    SessionState(String label, int exitCode) {
        this.label = label;
        this.exitCode = exitCode;
    }

    public String label() {
        return label;
    }

    /** {@code evolp compress}'s exit code: 0 converged (or nothing to prune), 3 not converged, 4 unreachable. */
    public int exitCode() {
        return exitCode;
    }

    public boolean converged() {
        return this == CONVERGED || this == NOTHING_TO_PRUNE;
    }
}
