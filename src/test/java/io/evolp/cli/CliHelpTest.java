package io.evolp.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every command's help renders cleanly: picocli formats descriptions, so a bare '%' breaks them. */
class CliHelpTest {

    @Test
    void everyCommandHasCleanHelp() {
        List<String> commands = List.of("plan", "simulate", "train", "evaluate", "validate", "predict", "evolve",
                "compress", "model", "bench", "measure", "measure-model", "agent");
        for (String c : commands) {
            CliEndToEndTest.Run r = CliEndToEndTest.run(c, "--help");
            assertEquals(0, r.code(), c);
            assertTrue(r.out().contains("Usage: evolp " + c), c + ": " + r.out());
            assertFalse(r.out().contains("picocli WARN") || r.err().contains("picocli WARN"), c + ": " + r.err());
        }
    }
}
