package io.evolp.workflow.adaptive;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class PlateauRuleTest {

    private static List<CurvePoint> curve(double... mape) {
        List<CurvePoint> out = new ArrayList<>();
        for (int i = 0; i < mape.length; i++) out.add(new CurvePoint(10 * (i + 1), mape[i], 50, Double.NaN, "x"));
        return out;
    }

    @Test
    void stopsWhenTwoBatchesGainLessThanOnePoint() {
        PlateauRule r = new PlateauRule(2, 1.0);
        assertNull(r.check(curve(30, 20, 15, 12)), "still falling");
        String why = r.check(curve(30, 20, 15, 14.5, 14.2));
        assertNotNull(why);
        assertTrue(why.contains("stopped falling"), why);
        assertNull(r.check(curve(30, 20, 15, 14.5, 13.9)), "a gain of 1.1 points within the last two batches");
    }

    @Test
    void pointsBelowTwentyRowsDoNotCount() {
        PlateauRule r = new PlateauRule(2, 1.0);
        // 10 rows: 30 %, then flat from 20 rows: only 20, 30, 40 count — and 30, 40 are not 1 point below 20's.
        assertNull(r.check(curve(30, 30, 30)), "only two usable points");
        assertNotNull(r.check(curve(30, 30, 30, 30)));
        assertNull(r.check(curve(5, 30, 20, 10)), "the 10-row point is ignored");
    }

    @Test
    void nanPointsAreSkipped() {
        PlateauRule r = new PlateauRule(1, 1.0);
        assertNull(r.check(curve(Double.NaN, Double.NaN, 20)));
    }
}
