package io.evolp.measure.campaign;

import io.evolp.core.LayerConfig;
import io.evolp.measure.MeasurementSource;
import io.evolp.measure.source.MeasurementSources;
import io.evolp.measure.local.LocalSettings;
import io.evolp.measure.local.LocalSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ResumePlanTest {

    private static final LayerConfig A = LayerConfig.of(8, 4, 4, 3, 1, 1, 1);
    private static final LayerConfig B = LayerConfig.of(8, 4, 8, 1, 1, 0, 1);
    private static final LayerConfig C = LayerConfig.of(8, 8, 8, 3, 1, 1, 8);

    @Test
    void duplicatesAreMatchedAsAMultiset() {
        ResumePlan r = ResumePlan.of(List.of(A, B, A, C, A), List.of(A, C, A, B, B));
        assertEquals(List.of(4), r.pending(), "the third A is still missing");
        assertEquals(4, r.resumed());
        assertEquals(1, r.notInPlan(), "the second B is not in the plan");
    }

    @Test
    void anEmptyFileLeavesEverythingPending() {
        ResumePlan r = ResumePlan.of(List.of(A, B), List.of());
        assertEquals(List.of(0, 1), r.pending());
        assertEquals(0, r.resumed());
    }

    @Test
    void backoffDoublesUpToItsCap() {
        ReconnectPolicy p = ReconnectPolicy.defaults();
        assertEquals(Duration.ofSeconds(1), p.delay(1));
        assertEquals(Duration.ofSeconds(16), p.delay(5));
        assertEquals(Duration.ofSeconds(30), p.delay(6));
        assertEquals(Duration.ofSeconds(30), p.delay(60));
        assertEquals(Duration.ofMinutes(10), p.maxWait());
    }

    @Test
    void etaTextIsReadable() {
        assertEquals("850 ms", Eta.format(Duration.ofMillis(850)));
        assertEquals("4 min 05 s", Eta.format(Duration.ofSeconds(245)));
        assertEquals("1 h 02 min", Eta.format(Duration.ofMinutes(62)));
        CampaignProgress p = new CampaignProgress(CampaignProgress.State.MEASURING, 300, 5, 7, 1, A,
                Duration.ofSeconds(10), Duration.ofMillis(820), Duration.ofSeconds(235), "measuring x");
        assertEquals("row 14 of 300 (5 resumed, 1 failed) · 0.82 s/row · ETA 3 min 55 s · measuring x", Eta.line(p));
        assertEquals("8² 4→4 k3×3 s1 p1", Eta.layer(A));
        assertEquals("8² 8→8 k3×3 s1 p1 dw", Eta.layer(C));
        assertEquals("17² 8→16 k1×7 s1 p0×3 g2 +b", Eta.layer(new LayerConfig(17, 8, 16, 1, 7, 1, 1, 0, 3, true, 2)));
    }

    @Test
    void localAndAgentAreMeasurementSourceSpecsAndOtherSchemesPlugIn() {
        LocalSettings s = LocalSettings.defaults().withRepeats(3).withThreads(2);
        try (MeasurementSource local = MeasurementSources.parse("local", MeasurementSources.Options.defaults().withLocal(s))) {
            LocalSource ls = assertInstanceOf(LocalSource.class, local);
            assertEquals(s, ls.settings());
            assertFalse(local.simulated());
        }
        try (MeasurementSource agent = MeasurementSources.parse("agent:127.0.0.1:8765", MeasurementSources.Options.defaults())) {
            assertEquals("agent:127.0.0.1:8765", agent.id()); // nothing is contacted until a measurement
            assertFalse(agent.simulated());
        }
        ScriptedSource other = new ScriptedSource((n, c) -> null);
        MeasurementSources.Options o = MeasurementSources.Options.defaults()
                .withOtherSchemes(spec -> spec.startsWith("gpu:") ? other : null);
        assertSame(other, MeasurementSources.parse("gpu:0", o));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MeasurementSources.parse("tpu:0", o));
        assertTrue(e.getMessage().contains("local") && e.getMessage().contains("agent:HOST"), e.getMessage());
    }
}
