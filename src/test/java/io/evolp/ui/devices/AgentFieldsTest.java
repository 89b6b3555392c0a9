package io.evolp.ui.devices;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The agent form's checks and the spec its fields make, without a window. */
class AgentFieldsTest {

    @Test
    void eachFieldSaysWhatIsWrongWithIt() {
        assertEquals("Agent port must be 1–65535, not 70000", AgentFields.portProblem("Agent port", "70000"));
        assertEquals("SSH port must be 1–65535, not 0", AgentFields.portProblem("SSH port", "0"));
        assertTrue(AgentFields.portProblem("Agent port", "78x").contains("must be a number"));
        assertTrue(AgentFields.portProblem("Agent port", " ").contains("enter a port number"));
        assertNull(AgentFields.portProblem("Agent port", "7878"));
        assertTrue(AgentFields.hostProblem(" ").startsWith("Enter"));
        assertEquals("A host name has no spaces", AgentFields.hostProblem("jet son"));
        assertTrue(AgentFields.hostProblem("me@jetson").contains("without user"));
        assertNull(AgentFields.hostProblem("192.168.1.20"));
        assertNull(AgentFields.tokenProblem(""));
        assertEquals("A token has no spaces inside", AgentFields.tokenProblem("a b"));
    }

    @Test
    void theFieldsMakeADirectOrATunnelledSpec() {
        assertEquals("agent:jetson.local:7878", new AgentFields(" jetson.local ", "7878", false, "", "22", "").spec());
        assertEquals("agent:[::1]:7878", new AgentFields("::1", "7878", false, "", "22", "").spec());
        assertEquals("agent:ssh://me@jetson:2222?agent_port=7878",
                new AgentFields("jetson", "7878", true, "me", "2222", "").spec());
        assertEquals("agent:ssh://jetson:22?agent_port=7000&key=%7E%2F.ssh%2Fid+x",
                new AgentFields("jetson", "7000", true, "", "22", "~/.ssh/id x").spec());
    }

    @Test
    void aWrongFieldRefusesTheSpecWithItsReason() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new AgentFields("jetson", "99999", false, "", "22", "").spec());
        assertEquals("Agent port must be 1–65535, not 99999", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new AgentFields("jetson", "7878", true, "", "x", "").spec());
        assertTrue(e.getMessage().startsWith("SSH port"), e.getMessage());
    }
}
