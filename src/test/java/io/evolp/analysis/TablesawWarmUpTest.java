package io.evolp.analysis;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class TablesawWarmUpTest {

    @Test
    void warmsUpOnItsOwnDaemonThreadAndIsIdempotent() throws InterruptedException {
        Thread t = TablesawWarmUp.start();
        assertTrue(t.isDaemon(), "must not keep the application alive");
        t.join(120_000);
        assertTrue(TablesawWarmUp.isDone());
        TablesawWarmUp.run(); // a second call does nothing and does not fail
        assertTrue(TablesawWarmUp.isDone());
    }
}
