package io.evolp.workflow.export;

import io.evolp.compress.ChannelImportance;
import io.evolp.core.ModelSpec;
import io.evolp.core.zoo.Zoo;
import io.evolp.io.onnx.PrunedLayer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PruningPlansTest {

    @Test
    void keepsTheChannelsOfLargestAbsoluteGamma() {
        assertEquals(List.of(1, 3), PruningPlans.top(new double[]{0.1, -2, 0.3, 1, 0.2}, 2));
        assertEquals(List.of(0, 1), PruningPlans.top(new double[]{1, 1, 1}, 2), "ties go to the lower index");
    }

    @Test
    void builtInArchitectureLayersCarryNamesWidthsAndTheGammaPick() {
        ModelSpec vgg = Zoo.model("vgg16", null);
        ChannelImportance g = ChannelImportance.random(vgg, 7);
        List<Integer> widths = new ArrayList<>(vgg.widths());
        widths.set(0, 10);
        List<PrunedLayer> layers = PruningPlans.layers(vgg, widths, g);
        assertEquals(vgg.widths().size(), layers.size());
        assertEquals(Zoo.get("vgg16").prunableNames().get(0), layers.get(0).node());
        assertEquals(10, layers.get(0).kept().size());
        assertEquals(PruningPlans.top(g.gammas(0), 10), layers.get(0).kept());
        assertEquals(vgg.widths().get(1), layers.get(1).kept().size());
    }

    @Test
    void withoutImportanceTheLayersSayHowManyButNotWhich() {
        ModelSpec vgg = Zoo.model("vgg16", null);
        List<PrunedLayer> layers = PruningPlans.layers(vgg, vgg.widths(), ChannelImportance.uniform());
        assertTrue(layers.stream().allMatch(l -> l.kept().isEmpty()));
    }
}
