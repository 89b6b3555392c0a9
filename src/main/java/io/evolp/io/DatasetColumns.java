package io.evolp.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The column layout of an EvoLP layer-dataset CSV (DESIGN §3) and how one file's header maps onto
 * it. Columns are matched by name (trimmed, any case, any order) so files exported by pandas with a
 * different column order still load; unknown columns are kept as extras.
 */
final class DatasetColumns {

    static final int INPUT_SIZE = 0, CIN = 1, COUT = 2, KH = 3, KW = 4, SH = 5, SW = 6, PH = 7, PW = 8,
            BIAS = 9, GROUPS = 10, LATENCY = 11;

    /** Canonical names in canonical (written) order, indexed by the constants above. */
    static final List<String> NAMES = List.of("input_size", "input_channel", "output_channel",
            "kernel_size_1", "kernel_size_2", "stride_1", "stride_2", "padding_1", "padding_2",
            "bias", "groups", "latency");

    static final String DEVICE = "device";

    /** The layout without latency: a sampling plan, not yet measured. */
    static final List<String> PLAN_NAMES = NAMES.subList(0, LATENCY);

    /** Field index of each canonical column in this file, or -1 when absent. */
    final int[] fieldOf = new int[NAMES.size()];
    /** Number of fields every data row must have (= header fields). */
    final int fieldCount;
    /** Header text of every field (trimmed). */
    final List<String> headerNames;
    /** Field index of the device column, or -1. */
    final int deviceField;
    /** Extra columns kept per row (the device column included, under its canonical name). */
    final List<String> extraNames = new ArrayList<>();
    final int[] extraFields;
    /** Fields ignored because their name is empty or repeats an earlier one (already reported). */
    final boolean[] ignored;

    private DatasetColumns(List<String> header, List<int[]> duplicates, List<Integer> empties) {
        this.headerNames = List.copyOf(header);
        this.fieldCount = header.size();
        this.ignored = new boolean[fieldCount];
        java.util.Arrays.fill(fieldOf, -1);
        int device = -1;
        List<Integer> extras = new ArrayList<>();
        for (int f = 0; f < fieldCount; f++) {
            String name = header.get(f);
            String lower = name.toLowerCase(Locale.ROOT);
            if (name.isEmpty() || firstIndexOf(header, lower) != f) {
                ignored[f] = true;
                if (name.isEmpty()) empties.add(f);
                else duplicates.add(new int[]{f, firstIndexOf(header, lower)});
                continue;
            }
            int canonical = NAMES.indexOf(lower);
            if (canonical >= 0) {
                fieldOf[canonical] = f;
            } else if (lower.equals(DEVICE)) {
                device = f;
                extraNames.add(DEVICE);
                extras.add(f);
            } else {
                extraNames.add(name);
                extras.add(f);
            }
        }
        this.deviceField = device;
        this.extraFields = extras.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Maps a header; {@code duplicates} receives {field, first field} pairs of repeated names and
     * {@code empties} the fields with no name, both to be reported by the caller.
     */
    static DatasetColumns of(List<String> header, List<int[]> duplicates, List<Integer> empties) {
        return new DatasetColumns(header, duplicates, empties);
    }

    private static int firstIndexOf(List<String> header, String lower) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).toLowerCase(Locale.ROOT).equals(lower)) return i;
        }
        return -1;
    }

    boolean has(int column) {
        return fieldOf[column] >= 0;
    }

    /** Canonical columns a file must have: everything but groups (older files), latency in datasets. */
    static boolean required(int column, boolean needLatency) {
        return column != GROUPS && (column != LATENCY || needLatency);
    }
}
