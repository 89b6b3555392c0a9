package io.evolp.io;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TableJsonTest {

    @Test
    void oneObjectPerRowNumbersAsNumbersNanAsNull() {
        List<String> lines = TableJson.lines(TableFilesTest.sample(), "table", "t");
        assertEquals(List.of("{\"table\":\"t\",\"key\":\"a\",\"n\":2,\"mape\":12.5}",
                "{\"table\":\"t\",\"key\":\"b\",\"n\":0,\"mape\":null}"), lines);
        assertEquals("{\"key\":\"a\",\"n\":2,\"mape\":12.5}", TableJson.lines(TableFilesTest.sample(), null, null).get(0));
    }
}
