package io.evolp.compress;

import java.util.List;

/**
 * A finished session's reason read as its opening clause — what happened, in the words the session's
 * state is named by — and the detail after it ("noise is wider than the window: 8 measurements …").
 * The clauses are constants here because the session writes them ({@link SessionDecision},
 * {@link BudgetSearch}) and both faces read them: the command line and the Compression screen show a
 * headline of their own and drop a clause that would say it again.
 */
public record SessionReason(String clause, String detail) {

    public static final String CONFIRMED = "converged and confirmed", NOISE = "noise is wider than the window",
            NO_CANDIDATE = "no candidate in the window", UNREACHABLE = "budget unreachable";
    static final List<String> CLAUSES = List.of(CONFIRMED, NOISE, NO_CANDIDATE, UNREACHABLE);

    /** The reason split at its known opening clause; without one the clause is null and the detail the whole reason. */
    public static SessionReason of(String reason) {
        if (reason == null) return new SessionReason(null, "");
        for (String c : CLAUSES) {
            if (reason.startsWith(c + ": ")) return new SessionReason(c, reason.substring(c.length() + 2));
        }
        return new SessionReason(null, reason);
    }
}
