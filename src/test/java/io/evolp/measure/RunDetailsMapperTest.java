package io.evolp.measure;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class RunDetailsMapperTest {

    @Test
    void detailsRoundTripThroughTheirRecord() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("ort_version", "1.28.0");
        facts.put("cpu_model", "x");
        RunDetails d = new RunDetails(1.0, 1.25, 1.75, 2.0, List.of(1.4, 1.6), facts);
        RunDetails back = RunDetailsMapper.fromRecord(RunDetailsMapper.toRecord(d));
        assertEquals(d, back);
        assertEquals(List.copyOf(facts.keySet()), List.copyOf(back.facts().keySet()));
        assertEquals(0.5, back.iqrMs(), 1e-12);
        assertNull(RunDetailsMapper.fromRecord(null));
    }
}
