package io.evolp.workflow;

import io.evolp.core.LayerConfig;
import io.evolp.core.SamplingPlan;
import io.evolp.core.zoo.Zoo;
import io.evolp.io.DatasetCsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CampaignPlanTest {

    @Test
    void aGeneratedPlanIsTheArchitecturesSamplingPlan() throws Exception {
        CampaignPlan p = CampaignPlan.generated("mobilenetv1", 60);
        assertEquals(SamplingPlan.plan(Zoo.model("mobilenetv1", null), 60), p.rows());
        assertEquals("sampling plan of mobilenetv1 (60 rows asked)", p.describe());
    }

    @Test
    void aPlanFileReadsBackTheRowsItWasWrittenWith(@TempDir Path dir) throws Exception {
        List<LayerConfig> rows = SamplingPlan.plan(Zoo.model("vgg16", null), 40);
        Path f = dir.resolve("vgg.plan.csv");
        DatasetCsvWriter.writePlan(rows, f);
        CampaignPlan p = CampaignPlan.file(f);
        assertEquals(rows, p.rows());
        assertEquals("vgg.plan.csv", p.describe());
        assertThrows(NoSuchFileException.class, () -> CampaignPlan.file(dir.resolve("none.csv")).rows());
    }

    @Test
    void aGeneratedPlanNeedsAnArchitectureAndSamples() {
        assertThrows(IllegalArgumentException.class, () -> CampaignPlan.generated(null, 10));
        assertThrows(IllegalArgumentException.class, () -> CampaignPlan.generated("vgg16", 0));
    }
}
