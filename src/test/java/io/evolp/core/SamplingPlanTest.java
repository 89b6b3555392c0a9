package io.evolp.core;

import io.evolp.core.zoo.Architecture;
import io.evolp.core.zoo.Zoo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class SamplingPlanTest {

    private static final Comparator<LayerConfig> PLAN_ORDER = Comparator.comparing(LayerConfig::key)
            .thenComparingInt(LayerConfig::cin).thenComparingInt(LayerConfig::cout);

    /** The budget scan lands within ~2 % of N; {@link PlanSize} adds or drops the rest, so N is met exactly. */
    @ParameterizedTest
    @CsvSource({"vgg16, 1000", "vgg16, 3000", "vgg16, 10000", "resnet50, 1000", "resnet50, 3000", "resnet50, 10000",
            "mobilenetv1, 1000", "mobilenetv1, 3000", "mobilenetv1, 10000",
            "inceptionv3, 1000", "inceptionv3, 3000", "inceptionv3, 10000"})
    void totalIsExactlyTheBudget(String arch, int n) {
        assertEquals(n, SamplingPlan.plan(Zoo.model(arch, null), n).size(), arch + " " + n);
        assertEquals(n, SamplingPlan.plan(Zoo.model(arch, null), n, 7).size(), arch + " " + n + " seed 7");
    }

    @ParameterizedTest
    @ValueSource(strings = {"vgg16", "resnet50", "mobilenetv1", "inceptionv3"})
    void rowsAreSortedDistinctValidAndWithinTheModel(String arch) {
        ModelSpec model = Zoo.model(arch, null);
        List<LayerConfig> plan = SamplingPlan.plan(model, 2000);
        Map<ConfigKey, int[]> max = new HashMap<>();
        for (LayerConfig c : model.convs()) {
            max.merge(c.key(), new int[]{c.cin(), c.cout()}, (a, b) -> new int[]{Math.max(a[0], b[0]), Math.max(a[1], b[1])});
        }
        for (int i = 0; i < plan.size(); i++) {
            LayerConfig r = plan.get(i);
            if (i > 0) assertTrue(PLAN_ORDER.compare(plan.get(i - 1), r) < 0, "sorted and distinct at " + i);
            int[] m = max.get(r.key());
            assertNotNull(m, "key not in model: " + r.key());
            assertTrue(r.cin() >= 1 && r.cin() <= m[0] && r.cout() >= 1 && r.cout() <= m[1], r.toString());
            assertNull(LayerConfig.problem(r.inputSize(), r.cin(), r.cout(), r.kh(), r.kw(), r.sh(), r.sw(),
                    r.ph(), r.pw(), r.groups()));
        }
        assertEquals(max.keySet(), plan.stream().map(LayerConfig::key).collect(Collectors.toSet()), "every key sampled");
        Set<LayerConfig> rows = new HashSet<>(plan);
        for (LayerConfig c : model.convs()) {
            assertTrue(rows.contains(c), "the full-width layer itself is always measured: " + c);
        }
        assertEquals(plan, SamplingPlan.plan(model, 2000), "deterministic");
    }

    @Test
    void budgetIsSharedInProportionToCinTimesCout() {
        // Three keys (different input sizes), weights 64², 128², 256² = 1 : 4 : 16 → 100 / 400 / 1600 of 2100.
        ModelSpec m = ModelSpec.explicit("p", List.of(
                LayerConfig.of(56, 64, 64, 3, 1, 1, 1),
                LayerConfig.of(28, 128, 128, 3, 1, 1, 1),
                LayerConfig.of(14, 256, 256, 3, 1, 1, 1)));
        Map<Integer, Long> perSize = SamplingPlan.plan(m, 2100).stream()
                .collect(Collectors.groupingBy(LayerConfig::inputSize, Collectors.counting()));
        assertEquals(100, perSize.get(56), 5);
        assertEquals(400, perSize.get(28), 20);
        assertEquals(1600, perSize.get(14), 80);
    }

    @Test
    void gridStepsDownEvenlyFromTheFullShapeWithinHalfAStep() {
        ModelSpec m = ModelSpec.explicit("g", List.of(LayerConfig.of(28, 128, 512, 3, 1, 1, 1)));
        List<LayerConfig> plan = SamplingPlan.plan(m, 64); // c1 = sqrt(64/4) = 4, c2 = 16, both with step 32
        assertEquals(64, plan.size());
        assertGrid(List.of(32, 64, 96, 128), plan.stream().map(LayerConfig::cin).distinct().sorted().toList(), 32);
        List<Integer> even = new java.util.ArrayList<>();
        for (int c = 32; c <= 512; c += 32) even.add(c);
        assertGrid(even, plan.stream().map(LayerConfig::cout).distinct().sorted().toList(), 32);
    }

    /** Same number of points, the full width exact, every other point in its own cell around the even step. */
    private static void assertGrid(List<Integer> even, List<Integer> actual, int step) {
        assertEquals(even.size(), actual.size(), actual.toString());
        assertEquals(even.get(even.size() - 1), actual.get(actual.size() - 1), "full width kept");
        for (int i = 0; i < even.size(); i++) {
            assertTrue(Math.abs(actual.get(i) - even.get(i)) <= step / 2, even.get(i) + " -> " + actual.get(i));
        }
    }

    @ParameterizedTest
    @CsvSource({"vgg16, 3000", "resnet50, 3000", "mobilenetv1, 1000", "inceptionv3, 3000", "vgg16, 300"})
    void channelCountsCoverResiduesAndAlignments(String arch, int n) {
        // Without residue placement VGG16 at N = 3000 had 56 % of its channel counts on multiples of 16 but
        // 3 % on 8 mod 16, ResNet-50 at N = 300 none on 8 or 16 — alignment was an accident of the grid step.
        List<LayerConfig> plan = SamplingPlan.plan(Zoo.model(arch, null), n);
        int[] counts = new int[7]; // residue 1, 2, 3 mod 4; exactly a multiple of 4, 8, 16; a multiple of 32
        int total = 0;
        for (LayerConfig r : plan) {
            for (int c : r.cin() <= 4 ? new int[]{r.cout()} : new int[]{r.cin(), r.cout()}) {
                total++;
                if (c % 4 != 0) counts[c % 4 - 1]++;
                else counts[Math.min(6, 1 + Integer.numberOfTrailingZeros(c))]++; // 4 -> 3, 8 -> 4, 16 -> 5, 32+ -> 6
            }
        }
        double off = (counts[0] + counts[1] + counts[2]) / (double) total;
        assertTrue(off > 0.35 && off < 0.65, "about half off the multiples of 4: " + off);
        for (int k = 0; k < 3; k++) assertTrue(counts[k] > 0.08 * total, "residue " + (k + 1) + " mod 4: " + counts[k]);
        for (int k = 3; k < 7; k++) {
            assertTrue(counts[k] > 0.06 * total, "alignment " + (1 << (k - 1)) + ": " + counts[k] + " of " + total);
        }
        if (arch.equals("mobilenetv1")) {
            List<LayerConfig> dw = plan.stream().filter(LayerConfig::depthwise).toList();
            long aligned = dw.stream().filter(r -> r.cin() % 4 == 0).count();
            assertTrue(aligned > 0.3 * dw.size() && aligned < 0.7 * dw.size(),
                    "depthwise rows on both sides of the ORT multiple-of-4 step: " + aligned + " of " + dw.size());
        }
    }

    @Test
    void theSeedChangesResiduesNotTheStructure() {
        ModelSpec vgg = Zoo.model("vgg16", null);
        List<LayerConfig> a = SamplingPlan.plan(vgg, 1000, 1);
        List<LayerConfig> b = SamplingPlan.plan(vgg, 1000, 2);
        assertEquals(a, SamplingPlan.plan(vgg, 1000, 1), "deterministic per seed");
        assertNotEquals(a, b);
        Map<ConfigKey, Long> perKeyA = a.stream().collect(Collectors.groupingBy(LayerConfig::key, Collectors.counting()));
        Map<ConfigKey, Long> perKeyB = b.stream().collect(Collectors.groupingBy(LayerConfig::key, Collectors.counting()));
        for (ConfigKey k : perKeyA.keySet()) assertEquals(perKeyA.get(k), perKeyB.get(k), 0.05 * perKeyA.get(k) + 2, k.label());
    }

    @Test
    void depthwiseShapesSampleOneAxis() {
        ModelSpec dwOnly = ModelSpec.explicit("dw", List.of(LayerConfig.of(14, 512, 512, 3, 1, 1, 512)));
        List<LayerConfig> plan = SamplingPlan.plan(dwOnly, 100);
        assertEquals(100, plan.size());
        for (LayerConfig r : plan) {
            assertTrue(r.depthwise(), r.toString());
            assertEquals(r.cin(), r.cout());
            assertEquals(r.cin(), r.groups());
        }
        assertEquals(512, plan.get(99).cin());
        // More samples than channels: every width 2..512 once (1 channel would be a dense layer).
        List<LayerConfig> all = SamplingPlan.plan(dwOnly, 5000);
        assertEquals(511, all.size());
        assertEquals(2, all.get(0).cin());

        List<LayerConfig> mobile = SamplingPlan.plan(Zoo.model("mobilenetv1", null), 3000);
        List<LayerConfig> dw = mobile.stream().filter(r -> r.groups() > 1).toList();
        assertFalse(dw.isEmpty());
        assertTrue(dw.stream().allMatch(r -> r.depthwise() && r.cin() == r.cout() && r.cin() >= 2));
        assertTrue(mobile.stream().filter(r -> r.groups() == 1 && r.kh() == 3 && r.inputSize() < 224).findAny().isEmpty(),
                "no 3x3 dense rows appear except the stem");
    }

    @Test
    void firstLayerKeepsItsInputChannels() {
        // Weights 3·64 : 64·64 → about 19 of 430 rows for the first layer.
        ModelSpec m = ModelSpec.explicit("img", List.of(
                LayerConfig.of(224, 3, 64, 3, 1, 1, 1),
                LayerConfig.of(224, 64, 64, 3, 2, 1, 1)));
        List<LayerConfig> stem = SamplingPlan.plan(m, 430).stream().filter(r -> r.sh() == 1).toList();
        assertEquals(19, stem.size(), 2);
        assertTrue(stem.stream().allMatch(r -> r.cin() == 3), "image channels never sampled below 3");
        assertEquals(stem.size(), stem.stream().map(LayerConfig::cout).distinct().count());
        assertEquals(64, stem.get(stem.size() - 1).cout());

        // In ResNet-50 the stem's share is tiny (3·64 of Σ cin·cout ≈ 6.9M: 2 rows at N = 30000), yet it keeps cin = 3.
        List<LayerConfig> resnetStem = SamplingPlan.plan(Zoo.model("resnet50", null), 30000).stream()
                .filter(r -> r.kh() == 7).toList();
        assertFalse(resnetStem.isEmpty());
        assertTrue(resnetStem.stream().allMatch(r -> r.cin() == 3));

        // A first layer with many channels (not an image input) is sampled on both axes.
        ModelSpec wide = ModelSpec.explicit("w", List.of(LayerConfig.of(56, 64, 64, 7, 1, 3, 1)));
        assertTrue(SamplingPlan.plan(wide, 100).stream().map(LayerConfig::cin).distinct().count() > 1);
    }

    @Test
    void shapesWithFewerPointsThanTheirShareGiveTheExcessToOthers() {
        // Depthwise 64 offers 63 points but its weight 64·64 asks for ~282 of 300; the rest goes to the dense 16x16.
        ModelSpec m = ModelSpec.explicit("cap", List.of(
                LayerConfig.of(8, 64, 64, 3, 1, 1, 64),
                LayerConfig.of(8, 16, 16, 1, 1, 0, 1)));
        List<LayerConfig> plan = SamplingPlan.plan(m, 300);
        // The scan's few surplus rows are dropped at random to meet N exactly, so one may be depthwise.
        assertEquals(63, plan.stream().filter(LayerConfig::depthwise).count(), 2, "depthwise (almost) fully covered");
        assertEquals(300, plan.size());

        // Fewer samples than shapes: one row (the full shape) per shape.
        List<LayerConfig> one = SamplingPlan.plan(Zoo.model("vgg16", null), 1);
        assertEquals(9, one.size());
        assertEquals(new HashSet<>(Zoo.model("vgg16", null).convs()), new HashSet<>(one));
    }

    @Test
    void groupedConvsKeepMultiplesOfTheGroupCount() {
        ModelSpec m = ModelSpec.explicit("grp", List.of(LayerConfig.of(28, 64, 128, 3, 1, 1, 4)));
        List<LayerConfig> plan = SamplingPlan.plan(m, 200);
        assertEquals(200, plan.size());
        for (LayerConfig r : plan) {
            assertEquals(4, r.groups());
            assertEquals(0, r.cin() % 4, r.toString());
            assertEquals(0, r.cout() % 4, r.toString());
        }
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> SamplingPlan.plan(Zoo.model("vgg16", null), 0));
        assertThrows(IllegalArgumentException.class, () -> SamplingPlan.plan(ModelSpec.explicit("e", List.of()), 10));
    }

    @Test
    void prunedModelsArePlannedAroundTheirOwnWidths() {
        Architecture a = Zoo.get("vgg16");
        int[] w = a.fullWidths();
        for (int i = 0; i < w.length; i++) w[i] /= 2;
        List<LayerConfig> plan = SamplingPlan.plan(Zoo.model("vgg16", w), 500);
        assertTrue(plan.stream().allMatch(r -> r.cout() <= 256 && r.cin() <= 256));
    }
}
