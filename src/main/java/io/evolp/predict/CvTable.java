package io.evolp.predict;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** JSON and text forms of a cross-validation table ({@link CvRow}s). */
final class CvTable {

    private CvTable() {
    }

    static void write(ArrayNode out, List<CvRow> rows) {
        for (CvRow r : rows) {
            ObjectNode o = out.addObject();
            o.put("candidate", r.candidate());
            o.put("mape", r.mape());
            o.put("acc10", r.acc10());
        }
    }

    static List<CvRow> read(JsonFields f, String name) {
        List<CvRow> out = new ArrayList<>();
        for (JsonFields item : f.elements(name)) {
            out.add(new CvRow(item.text("candidate"), item.number("mape"), item.number("acc10")));
        }
        return List.copyOf(out);
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
