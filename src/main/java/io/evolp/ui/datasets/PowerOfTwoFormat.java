package io.evolp.ui.datasets;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/** Tick labels of the colour legend: the axis runs over log2(channels), the labels show channels. */
final class PowerOfTwoFormat extends NumberFormat {

    @Override
    public StringBuffer format(double log2, StringBuffer to, FieldPosition pos) {
        return to.append(Math.round(Math.pow(2, log2)));
    }

    @Override
    public StringBuffer format(long log2, StringBuffer to, FieldPosition pos) {
        return format((double) log2, to, pos);
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        throw new UnsupportedOperationException("labels only");
    }
}
