package io.evolp.ui.workspace;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Agent tokens typed by the user, kept in this process's memory only — never in the workspace, so
 * never in a project file (which users mail around and commit). After a restart the workbench asks
 * again, or reads {@code EVOLP_AGENT_TOKEN} from the environment (the same variable the CLI uses);
 * a token typed here wins over the environment's.
 */
public final class AgentTokens {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private AgentTokens() {
    }

    /** The token typed for {@code spec} in this session, or null. */
    public static String get(String spec) {
        return spec == null ? null : TOKENS.get(spec);
    }

    /** Remembers (or, for null/blank, forgets) the token of an agent spec. */
    public static void put(String spec, String token) {
        if (token == null || token.isBlank()) TOKENS.remove(spec);
        else TOKENS.put(spec, token.trim());
    }

    /** Whether the environment provides a token for agents without one of their own. */
    public static boolean fromEnvironment() {
        String env = System.getenv(io.evolp.measure.agent.AgentSources.TOKEN_ENV);
        return env != null && !env.isBlank();
    }
}
