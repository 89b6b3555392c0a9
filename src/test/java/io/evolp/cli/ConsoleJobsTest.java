package io.evolp.cli;

import io.evolp.task.CancelledException;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConsoleJobsTest {

    @Test
    void returnsTheJobsValueAndPassesProgressThrough() throws Exception {
        String answer = ConsoleJobs.run("answer", pm -> {
            pm.progress(1, 2, "half way");
            return "42";
        });
        assertEquals("42", answer);
    }

    @Test
    void rethrowsTheJobsOwnCheckedFailureUnwrapped() {
        IOException cause = new IOException("disk gone");
        IOException thrown = assertThrows(IOException.class, () -> ConsoleJobs.run("fails", pm -> {
            throw cause;
        }));
        assertSame(cause, thrown);
    }

    @Test
    void aJobThatCancelsItselfEndsAsCancelled() {
        assertThrows(CancelledException.class, () -> ConsoleJobs.run("stops", pm -> {
            throw new CancelledException();
        }));
    }
}
