package io.evolp.cli;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableTextTest {

    @Test
    void twoDecimalsOnEveryLocaleAndMissingAsDash() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            Table t = Table.create("t", StringColumn.create("key", "a", "b"), IntColumn.create("n", 1200, 3),
                    DoubleColumn.create("mape", 12.3456, Double.NaN));
            String s = TableText.format(t);
            assertTrue(s.contains("12.35"), s);
            assertTrue(s.contains("|      -  |") || s.contains(" - "), s);
            assertTrue(s.contains("1200"), s);
            assertFalse(s.contains("12,35"), s);
            assertEquals(12.3456, t.doubleColumn("mape").getDouble(0), "the input table is not changed");
        } finally {
            Locale.setDefault(before);
        }
    }
}
