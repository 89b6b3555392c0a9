package io.evolp.measure.agent;

import io.evolp.measure.MeasurementSource;
import io.evolp.measure.local.LocalSettings;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Device specs for remote agents, as typed after {@code --device}:
 * <pre>
 * agent:HOST[:PORT][?token=T]
 *     HTTP straight to an agent (PORT defaults to 7878; an IPv6 HOST goes in brackets: agent:[::1]:7878)
 * agent:ssh://[USER@]HOST[:SSH_PORT][?agent_port=N&amp;token=T&amp;key=FILE&amp;known_hosts=FILE]
 *     through an SSH tunnel the workbench opens itself to 127.0.0.1:N on HOST (SSH_PORT 22, N 7878,
 *     USER this user, key ~/.ssh/id_ed25519|id_ecdsa|id_rsa, known_hosts ~/.ssh/known_hosts — an
 *     unknown host key is refused)
 * </pre>
 * The token may also come from the environment variable {@code EVOLP_AGENT_TOKEN} (preferred: a
 * token on a command line is visible to other users in the process list); the spec's wins.
 */
public final class AgentSources {

    public static final String TOKEN_ENV = "EVOLP_AGENT_TOKEN";
    private static final Set<String> DIRECT_PARAMS = Set.of("token");
    private static final Set<String> SSH_PARAMS = Set.of("token", "agent_port", "key", "known_hosts");

    private AgentSources() {
    }

    /** True for specs this class parses ({@code agent:…}). */
    public static boolean accepts(String spec) {
        return spec != null && spec.trim().regionMatches(true, 0, "agent:", 0, 6);
    }

    /** An {@link AgentSource} with {@link LocalSettings#defaults()}. */
    public static MeasurementSource parse(String spec) {
        return parse(spec, LocalSettings.defaults());
    }

    public static AgentSource parse(String spec, LocalSettings settings) {
        return new AgentSource(client(spec, System::getenv), settings);
    }

    /**
     * A client for the spec (for "test connection" and for campaigns that want the raw statistics).
     *
     * @param env environment lookup (tests pass their own)
     * @throws IllegalArgumentException for a malformed spec, saying what is accepted
     */
    public static AgentClient client(String spec, UnaryOperator<String> env) {
        if (!accepts(spec)) throw usage(spec, "it does not start with agent:");
        String rest = spec.trim().substring("agent:".length());
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        boolean ssh = rest.regionMatches(true, 0, "ssh://", 0, 6);
        Map<String, String> params = params(spec, query, ssh ? SSH_PARAMS : DIRECT_PARAMS);
        String token = params.getOrDefault("token", env.apply(TOKEN_ENV));
        if (token != null && token.isBlank()) token = null;
        if (!ssh) {
            HostPort hp = hostPort(spec, rest, AgentConfig.DEFAULT_PORT);
            return new AgentClient(AgentEndpoint.direct(hp.host, hp.port), token);
        }
        String target = rest.substring("ssh://".length());
        String user = System.getProperty("user.name");
        int at = target.lastIndexOf('@');
        if (at >= 0) {
            user = target.substring(0, at);
            target = target.substring(at + 1);
        }
        HostPort hp = hostPort(spec, target, 22);
        int agentPort = params.containsKey("agent_port") ? port(spec, params.get("agent_port")) : AgentConfig.DEFAULT_PORT;
        SshTunnel.Settings s = new SshTunnel.Settings(user, hp.host, hp.port, path(params.get("key")), path(params.get("known_hosts")),
                Duration.ofSeconds(10));
        return new AgentClient(new SshEndpoint(s, agentPort), token);
    }

    private record HostPort(String host, int port) {
    }

    private static HostPort hostPort(String spec, String s, int defaultPort) {
        if (s.isEmpty()) throw usage(spec, "no host");
        if (s.startsWith("[")) { // [IPv6]:port
            int close = s.indexOf(']');
            if (close < 0) throw usage(spec, "unclosed [ in the host");
            String host = s.substring(1, close);
            String after = s.substring(close + 1);
            if (after.isEmpty()) return new HostPort(host, defaultPort);
            if (!after.startsWith(":")) throw usage(spec, "expected :PORT after ]");
            return new HostPort(host, port(spec, after.substring(1)));
        }
        int colon = s.lastIndexOf(':');
        if (colon < 0) return new HostPort(s, defaultPort);
        if (s.indexOf(':') != colon) throw usage(spec, "an IPv6 address goes in brackets, e.g. agent:[::1]:7878");
        if (colon == 0) throw usage(spec, "no host");
        return new HostPort(s.substring(0, colon), port(spec, s.substring(colon + 1)));
    }

    private static int port(String spec, String s) {
        try {
            int p = Integer.parseInt(s.trim());
            if (p >= 1 && p <= 65535) return p;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw usage(spec, "port '" + s + "' is not a number 1–65535");
    }

    private static Map<String, String> params(String spec, String query, Set<String> known) {
        Map<String, String> out = new LinkedHashMap<>();
        if (query.isEmpty()) return out;
        for (String part : query.split("&")) {
            int eq = part.indexOf('=');
            if (eq <= 0) throw usage(spec, "parameter '" + part + "' is not name=value");
            String name = part.substring(0, eq);
            if (!known.contains(name)) throw usage(spec, "unknown parameter '" + name + "' (known: " + known + ")");
            out.put(name, URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static Path path(String s) {
        if (s == null || s.isBlank()) return null;
        if (s.startsWith("~/")) return Path.of(System.getProperty("user.home"), s.substring(2));
        return Path.of(s);
    }

    private static IllegalArgumentException usage(String spec, String why) {
        return new IllegalArgumentException("bad agent spec '" + redact(spec) + "': " + why
                + "; expected agent:HOST[:PORT][?token=T] or agent:ssh://[USER@]HOST[:SSH_PORT][?agent_port=N&token=T&key=FILE&known_hosts=FILE]");
    }

    /** Specs end up in error messages and logs: never the token. */
    static String redact(String spec) {
        return spec == null ? "null" : spec.replaceAll("token=[^&]*", "token=***");
    }
}
