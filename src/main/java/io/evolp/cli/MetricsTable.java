package io.evolp.cli;

import io.evolp.predict.eval.Metrics;

import java.io.PrintWriter;

/** Fixed-width text table of accuracy metrics for terminal output. */
final class MetricsTable {

    private final PrintWriter out;

    MetricsTable(PrintWriter out) {
        this.out = out;
    }

    void header(String firstColumn) {
        out.printf("%-36s %8s %10s %8s %7s %7s %9s %9s%n",
                firstColumn, "n", "RMSE ms", "MAPE %", "±5% %", "±10% %", "Spearman", "worst %");
    }

    void row(String label, Metrics m) {
        out.printf("%-36s %8d %10.4f %8.2f %7.1f %7.1f %9.4f %9.1f%n",
                label, m.n(), m.rmseMs(), m.mape(), m.acc5(), m.acc10(), m.spearman(), m.worst());
    }
}
