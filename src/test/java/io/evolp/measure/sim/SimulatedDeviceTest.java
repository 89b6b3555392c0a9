package io.evolp.measure.sim;

import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.core.ModelSpec;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimulatedDeviceTest {

    private static final LayerConfig MID = LayerConfig.of(56, 128, 128, 3, 1, 1, 1);

    private static double sumTrue(SimulatedDevice d, List<LayerConfig> layers) {
        double s = 0;
        for (LayerConfig c : layers) s += d.trueLayerMs(c);
        return s;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    @Test
    void nameAlwaysSaysSimulated() {
        for (DeviceProfile p : DeviceProfile.values()) {
            SimulatedDevice d = new SimulatedDevice(p, 3);
            assertEquals("simulated-" + p.id(), d.name());
            assertTrue(d.name().contains("simulated"));
        }
    }

    @Test
    void sameSeedSameSequenceDifferentSeedDifferent() {
        SimulatedDevice a = new SimulatedDevice(DeviceProfile.NANO, 17);
        SimulatedDevice b = new SimulatedDevice(DeviceProfile.NANO, 17);
        SimulatedDevice c = new SimulatedDevice(DeviceProfile.NANO, 18);
        double[] sa = new double[20], sb = new double[20], sc = new double[20];
        for (int i = 0; i < 20; i++) {
            sa[i] = a.measureLayerMs(MID);
            sb[i] = b.measureLayerMs(MID);
            sc[i] = c.measureLayerMs(MID);
        }
        assertTrue(Arrays.equals(sa, sb));
        assertTrue(!Arrays.equals(sa, sc));
        assertTrue(Arrays.stream(sa).distinct().count() > 15, "measurements are noisy");
    }

    @Test
    void medianOfManyMeasurementsIsWithinTwoPercentOfTruth() {
        for (DeviceProfile p : DeviceProfile.values()) {
            SimulatedDevice d = new SimulatedDevice(p, 99);
            double truth = d.trueLayerMs(MID);
            double[] m = new double[2001];
            double logSq = 0;
            for (int i = 0; i < m.length; i++) {
                m[i] = d.measureLayerMs(MID);
                logSq += Math.pow(Math.log(m[i] / truth), 2);
            }
            assertEquals(1.0, median(m) / truth, 0.02, p + " median");
            // the spread is the profile's few-percent noise, not zero and not wild
            double rms = Math.sqrt(logSq / m.length);
            assertTrue(rms > 0.02 && rms < 0.10, p + " relative spread " + rms);
        }
    }

    @Test
    void timeNeverDropsWhenChannelsGrowAndShowsTileSteps() {
        for (DeviceProfile p : DeviceProfile.values()) {
            SimulatedDevice d = new SimulatedDevice(p, 0);
            for (int c = 1; c < 600; c++) {
                assertTrue(d.trueLayerMs(LayerConfig.of(28, 256, c + 1, 3, 1, 1, 1))
                        >= d.trueLayerMs(LayerConfig.of(28, 256, c, 3, 1, 1, 1)), p + " cout " + c);
                assertTrue(d.trueLayerMs(LayerConfig.of(28, c + 1, 256, 3, 1, 1, 1))
                        >= d.trueLayerMs(LayerConfig.of(28, c, 256, 3, 1, 1, 1)), p + " cin " + c);
                assertTrue(d.trueLayerMs(LayerConfig.of(56, c + 1, c + 1, 3, 1, 1, c + 1))
                        >= d.trueLayerMs(LayerConfig.of(56, c, c, 3, 1, 1, c)), p + " depthwise " + c);
            }
        }
        // GPU staircase: 25..32 output channels fill one 32-wide tile, 33 starts a second one
        SimulatedDevice tx2 = new SimulatedDevice(DeviceProfile.TX2, 0);
        double t25 = tx2.trueLayerMs(LayerConfig.of(56, 256, 25, 3, 1, 1, 1));
        double t32 = tx2.trueLayerMs(LayerConfig.of(56, 256, 32, 3, 1, 1, 1));
        double t33 = tx2.trueLayerMs(LayerConfig.of(56, 256, 33, 3, 1, 1, 1));
        assertEquals(t25, t32, 1e-12);
        assertTrue(t33 > 1.5 * t32, "step at the tile boundary: " + t32 + " -> " + t33);
    }

    @Test
    void depthwiseIsCheaperThanDenseAndMemoryBound() {
        LayerConfig dw = LayerConfig.of(112, 64, 64, 3, 1, 1, 64);
        LayerConfig dense = LayerConfig.of(112, 64, 64, 3, 1, 1, 1);
        for (DeviceProfile p : DeviceProfile.values()) {
            SimulatedDevice d = new SimulatedDevice(p, 0);
            assertTrue(d.trueLayerMs(dw) * 5 < d.trueLayerMs(dense), p.toString());
            assertTrue(d.cost(dw).memoryBound(), p + " depthwise is memory-bound");
            assertTrue(!d.cost(dense).memoryBound(), p + " dense 3x3 is compute-bound");
        }
    }

    @Test
    void profilesOrderAndMagnitudes() {
        List<LayerConfig> vgg = TestNets.vgg16();
        SimulatedDevice tx2 = new SimulatedDevice(DeviceProfile.TX2, 0);
        SimulatedDevice nano = new SimulatedDevice(DeviceProfile.NANO, 0);
        SimulatedDevice cpu = new SimulatedDevice(DeviceProfile.CPU, 0);
        for (LayerConfig c : vgg) {
            assertTrue(cpu.trueLayerMs(c) > tx2.trueLayerMs(c), "CPU slower on " + c);
            assertTrue(nano.trueLayerMs(c) > tx2.trueLayerMs(c), "Nano slower on " + c);
        }
        double vggTx2 = sumTrue(tx2, vgg), vggNano = sumTrue(nano, vgg), vggCpu = sumTrue(cpu, vgg);
        assertTrue(vggTx2 > 100 && vggTx2 < 250, "TX2 VGG16 " + vggTx2);
        assertTrue(vggNano / vggTx2 > 1.5 && vggNano / vggTx2 < 3, "Nano/TX2 " + vggNano / vggTx2);
        assertTrue(vggCpu > 1000 && vggCpu < 3000, "CPU VGG16 " + vggCpu);
        double mobileNano = nano.trueModelMs(ModelSpec.explicit("mobilenetv1", TestNets.mobilenetV1()));
        assertTrue(mobileNano > 30 && mobileNano < 60, "Nano MobileNetV1 " + mobileNano);
    }

    @Test
    void wholeModelCostsMoreThanItsLayers() {
        for (DeviceProfile p : DeviceProfile.values()) {
            SimulatedDevice d = new SimulatedDevice(p, 5);
            for (List<LayerConfig> net : List.of(TestNets.vgg16(), TestNets.mobilenetV1())) {
                ModelSpec m = ModelSpec.explicit("net", net);
                double sum = sumTrue(d, net);
                double ratio = d.trueModelMs(m) / sum;
                assertTrue(ratio > 1.05 && ratio < 1.45, p + " model/sum " + ratio);
                double[] runs = new double[51];
                for (int i = 0; i < runs.length; i++) runs[i] = d.measureModelMs(m);
                assertTrue(median(runs) > sum * 1.05, p + " measured model vs layer sum");
                assertEquals(1.0, median(runs) / d.trueModelMs(m), 0.03);
            }
        }
        // on the low-noise TX2 every single whole-model run exceeds the layer sum
        SimulatedDevice tx2 = new SimulatedDevice(DeviceProfile.TX2, 6);
        ModelSpec vgg = ModelSpec.explicit("vgg16", TestNets.vgg16());
        double sum = sumTrue(tx2, TestNets.vgg16());
        for (int i = 0; i < 200; i++) assertTrue(tx2.measureModelMs(vgg) > sum);
    }

    @Test
    void measurePlanRecordsMedianAndSpread() {
        List<LayerConfig> plan = TestNets.vgg16();
        SimulatedDevice d = new SimulatedDevice(DeviceProfile.CPU, 8);
        LayerDataset ds = d.measurePlan(plan, 5);
        assertEquals("simulated-cpu", ds.device());
        assertEquals(plan.size(), ds.size());
        assertEquals(List.of("device", "latency_min", "latency_max"), ds.extraColumns());
        for (int i = 0; i < ds.size(); i++) {
            assertEquals(plan.get(i), ds.config(i));
            double truth = d.trueLayerMs(plan.get(i));
            assertEquals(1.0, ds.latency(i) / truth, 0.15, "row " + i);
            assertEquals("simulated-cpu", ds.extra(i, 0));
            double min = Double.parseDouble(ds.extra(i, 1)), max = Double.parseDouble(ds.extra(i, 2));
            assertTrue(min <= ds.latency(i) && ds.latency(i) <= max && min < max);
        }
        LayerDataset again = new SimulatedDevice(DeviceProfile.CPU, 8).measurePlan(plan, 5);
        for (int i = 0; i < ds.size(); i++) assertEquals(ds.latency(i), again.latency(i), 0.0);
        LayerDataset other = new SimulatedDevice(DeviceProfile.CPU, 9).measurePlan(plan, 5);
        assertNotEquals(ds.latency(0), other.latency(0));
        assertThrows(IllegalArgumentException.class, () -> d.measurePlan(plan, 0));
    }

    @Test
    void singleRepeatEqualsOneMeasurement() {
        SimulatedDevice a = new SimulatedDevice(DeviceProfile.TX2, 21);
        SimulatedDevice b = new SimulatedDevice(DeviceProfile.TX2, 21);
        LayerDataset ds = a.measurePlan(List.of(MID), 1);
        assertEquals(b.measureLayerMs(MID), ds.latency(0), 0.0);
    }
}
