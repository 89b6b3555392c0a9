package io.evolp.predict;


import java.util.List;
import java.util.Locale;

/** The text form of a cross-validation table ({@link CvRow}s). */
final class CvTable {

    private CvTable() {
    }

    /** A small text table, best (chosen) row marked with '*'. */
    static String format(List<CvRow> rows, String chosen) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "  %-17s %8s %8s%n", "candidate", "MAPE %", "±10 %"));
        for (CvRow r : rows) {
            sb.append(String.format(Locale.ROOT, "%s %-17s %8.2f %8.1f%n", r.candidate().equals(chosen) ? "*" : " ",
                    r.candidate(), r.mape(), r.acc10()));
        }
        return sb.toString();
    }
}
