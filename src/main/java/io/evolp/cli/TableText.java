package io.evolp.cli;

import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Analysis tables for the terminal, through Tablesaw's own printer: fractional columns with two
 * decimals (the same on every locale), a missing figure as "-".
 */
final class TableText {

    private TableText() {
    }

    static String format(Table table) {
        Table t = table.copy();
        for (Column<?> c : t.columns()) {
            if (c instanceof NumericColumn<?> n && (c.type().name().equals("DOUBLE") || c.type().name().equals("FLOAT"))) {
                n.setPrintFormatter(new NumberColumnFormatter(new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)), "-"));
            }
        }
        return t.printAll();
    }
}
