package io.evolp.measure.agent;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class AgentSourcesTest {

    private static final Map<String, String> NO_ENV = Map.of();

    @Test
    void directSpecsWithAndWithoutPort() {
        assertEquals("agent:jetson.local:9000", AgentSources.client("agent:jetson.local:9000", NO_ENV::get).endpoint().id());
        assertEquals("agent:jetson.local:7878", AgentSources.client("agent:jetson.local", NO_ENV::get).endpoint().id());
        assertEquals("http://[::1]:7000", AgentSources.client("agent:[::1]:7000", NO_ENV::get).endpoint().base().toString());
        assertEquals("http://127.0.0.1:7001", AgentSources.client("AGENT:127.0.0.1:7001?token=abcdefgh", NO_ENV::get).endpoint().base().toString());
    }

    @Test
    void sshSpecsNameUserHostAndAgentPortButNoSecrets() {
        AgentEndpoint e = AgentSources.client("agent:ssh://pi@board:2222?agent_port=9000&token=abcdefgh&key=/k&known_hosts=/kh", NO_ENV::get).endpoint();
        assertEquals("agent:ssh://pi@board:2222?agent_port=9000", e.id());
        AgentEndpoint d = AgentSources.client("agent:ssh://board", NO_ENV::get).endpoint();
        assertEquals("agent:ssh://" + System.getProperty("user.name") + "@board:22?agent_port=7878", d.id());
    }

    @Test
    void theSpecsTokenWinsOverTheEnvironmentWhichWinsOverNone() throws Exception {
        // the token is only visible through the requests the client builds; check via a real agent-less probe of the field
        assertEquals("from-spec", tokenOf(AgentSources.client("agent:h:1?token=from-spec", Map.of(AgentSources.TOKEN_ENV, "from-env")::get)));
        assertEquals("from-env", tokenOf(AgentSources.client("agent:h:1", Map.of(AgentSources.TOKEN_ENV, "from-env")::get)));
        assertNull(tokenOf(AgentSources.client("agent:h:1", NO_ENV::get)));
        assertEquals("a b&c", tokenOf(AgentSources.client("agent:h:1?token=a%20b%26c", NO_ENV::get)));
    }

    private static String tokenOf(AgentClient c) throws Exception {
        var f = AgentClient.class.getDeclaredField("token");
        f.setAccessible(true);
        return (String) f.get(c);
    }

    @Test
    void badSpecsSayWhatIsAcceptedAndNeverEchoTheToken() {
        for (String bad : new String[]{"agent:", "agent:host:0", "agent:host:http", "agent:::1:7000", "agent:[::1:7000",
                "agent:h:1?tokn=x", "agent:h:1?token", "local", "agent:ssh://u@h?agent_port=70000"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AgentSources.client(bad, NO_ENV::get), bad);
            assertTrue(e.getMessage().contains("expected agent:HOST[:PORT]"), e.getMessage());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AgentSources.client("agent:h:x?token=topsecret", NO_ENV::get));
        assertFalse(e.getMessage().contains("topsecret"), e.getMessage());
    }

    @Test
    void acceptsOnlyAgentSpecs() {
        assertTrue(AgentSources.accepts(" agent:h:1"));
        assertFalse(AgentSources.accepts("local"));
        assertFalse(AgentSources.accepts(null));
    }
}
