package io.evolp.predict;

import io.evolp.core.ConfigKey;
import io.evolp.core.LayerDataset;
import io.evolp.task.ProgressMonitor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Lookup-table peer (NetAdapt): per key the median measured latency of each (cin, cout), with
 * interpolation between measured points ({@link LutTable}). Keys the data does not cover are
 * answered by the nearest covered key scaled by MACs and reported as unseen.
 */
public final class LutPredictor extends KeyedPredictor {

    public static final String KIND = "lut";

    LutPredictor(String device, Map<ConfigKey, KeyModel> tables, MacLine general) {
        super(device, tables, general);
    }

    @Override
    public String kind() {
        return KIND;
    }

    static LutPredictor train(LayerDataset data, ProgressMonitor pm) {
        Map<ConfigKey, KeySamples> byKey = KeySamples.byKey(data);
        Map<ConfigKey, KeyModel> tables = new LinkedHashMap<>();
        int done = 0;
        for (KeySamples s : byKey.values()) {
            pm.checkCancelled();
            pm.progress(done++, byKey.size(), "tabulating " + s.key().label());
            tables.put(s.key(), LutTable.build(s));
        }
        pm.progress(done, byKey.size(), "tabulated " + done + " keys");
        return new LutPredictor(data.device(), tables, KeySamples.generalLine(data));
    }

    /** This table with only {@code keys} rebuilt from {@code data} (which holds all rows of the device). */
    LutPredictor retrainKeys(LayerDataset data, Set<ConfigKey> keys, ProgressMonitor pm) {
        return new LutPredictor(device(), retrainedModels(data, keys, LutTable::build, pm), KeySamples.generalLine(data));
    }

}
