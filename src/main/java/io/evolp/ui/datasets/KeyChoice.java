package io.evolp.ui.datasets;

/** An entry of a key combo: a configuration key with its row count, or "All keys" (id -1). */
record KeyChoice(int id, String label, int rows) {

    static KeyChoice all(int rows) {
        return new KeyChoice(-1, "All keys", rows);
    }

    static KeyChoice of(DatasetIndex ix, int id) {
        return new KeyChoice(id, ix.label(id), ix.keyCount(id));
    }

    @Override
    public String toString() {
        return label + " (" + Formats.count(rows) + " rows)";
    }
}
