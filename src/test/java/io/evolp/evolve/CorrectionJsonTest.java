package io.evolp.evolve;

import com.fasterxml.jackson.databind.JsonNode;
import io.evolp.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorrectionJsonTest {

    private static void assertSamePredictions(Correction a, Correction b) {
        assertEquals(a.kind(), b.kind());
        assertEquals(a.size(), b.size());
        for (double raw = 3.7; raw < 400; raw *= 1.37) {
            assertEquals(Double.doubleToLongBits(a.apply(raw)), Double.doubleToLongBits(b.apply(raw)), "apply " + raw);
            assertEquals(a.band(raw), b.band(raw));
        }
    }

    private static Correction viaText(Correction c) throws Exception {
        String text = Json.mapper().writeValueAsString(CorrectionJson.write(c));
        return EvolvingTrees.correction(Json.mapper().readTree(text));
    }

    @Test
    void everyKindRoundTripsBitIdentically() throws Exception {
        List<double[]> pts = Data.withOutliers(Data.noisy(25, 1.3, 0.04, 3), 3);
        for (String kind : Corrections.KINDS) {
            Correction c = Data.feed(Corrections.create(kind), pts);
            assertSamePredictions(c, viaText(c));
            assertSamePredictions(c.withoutPoints(), viaText(c.withoutPoints()));
        }
        Correction custom = new RobustCorrection(pts, 7);
        assertSamePredictions(custom, viaText(custom));
        Correction prior = new BayesCorrection(pts, 0.2, 3, 0.05);
        assertSamePredictions(prior, viaText(prior));
    }

    @Test
    void writesTheDocumentedShape() {
        JsonNode o = EvolvingTrees.correction(new RobustCorrection(List.of(new double[]{10, 13})));
        assertEquals("{\"kind\":\"robust\",\"window\":20,\"points\":[[10.0,13.0]]}", o.toString());
    }

    @Test
    void familyCorrectionsRoundTripThroughAFile(@TempDir Path dir) throws Exception {
        FamilyCorrections f = FamilyCorrections.of(Corrections.create("bayes"));
        List<double[]> pts = Data.noisy(12, 1.2, 0.03, 8);
        for (int i = 0; i < pts.size(); i++) {
            f = f.withPoint(i % 3 == 0 ? "resnet50" : "vgg16", pts.get(i)[0], pts.get(i)[1]);
        }
        Path file = dir.resolve("corr.json");
        CorrectionJson.save(f, file);
        FamilyCorrections g = CorrectionJson.load(file);
        for (String fam : List.of("vgg16", "resnet50", "mobilenetv1")) {
            assertEquals(f.usesFamily(fam), g.usesFamily(fam));
            assertSamePredictions(f.forFamily(fam), g.forFamily(fam));
        }
        assertEquals(List.copyOf(f.families().keySet()), List.copyOf(g.families().keySet()));
        assertEquals(f.minFamilyPoints(), g.minFamilyPoints());
    }

    @Test
    void badJsonNamesTheProblem() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EvolvingTrees.correction(Json.mapper().readTree("{\"kind\":\"linear\",\"points\":[[1,2],[3]]}")));
        assertTrue(e.getMessage().contains("points[1]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> EvolvingTrees.correction(Json.mapper().readTree("{\"kind\":\"cubic\",\"points\":[]}")));
        assertTrue(e.getMessage().contains("cubic"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> EvolvingTrees.correction(Json.mapper().readTree("{\"kind\":\"bayes\",\"points\":[]}")));
        assertTrue(e.getMessage().contains("slope_sd"), e.getMessage());
    }
}
