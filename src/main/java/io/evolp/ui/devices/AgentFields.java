package io.evolp.ui.devices;

import io.evolp.measure.agent.AgentSources;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of "Add remote agent" as plain values: what is wrong with each (the form's validators
 * show these reasons on the fields) and the agent spec they make — {@code agent:HOST:PORT} or
 * {@code agent:ssh://USER@HOST:SSH_PORT?agent_port=N[&key=FILE]}. The spec never holds the token.
 */
record AgentFields(String host, String port, boolean ssh, String user, String sshPort, String key) {

    /** Why {@code host} is not usable, or null. */
    static String hostProblem(String host) {
        String h = host == null ? "" : host.trim();
        if (h.isEmpty()) return "Enter the agent's host name or address";
        if (h.chars().anyMatch(Character::isWhitespace)) return "A host name has no spaces";
        if (h.contains("/") || h.contains("@") || h.contains("?")) return "Only the host name or address, without user, path or query";
        return null;
    }

    /** Why {@code port} (named {@code what}) is not a TCP port, or null. */
    static String portProblem(String what, String port) {
        String p = port == null ? "" : port.trim();
        if (p.isEmpty()) return what + ": enter a port number (1–65535)";
        if (!p.matches("\\d{1,6}")) return what + " must be a number, not \"" + p + "\"";
        int n = Integer.parseInt(p);
        return n < 1 || n > 65_535 ? what + " must be 1–65535, not " + n : null;
    }

    /** Why {@code token} is not usable (it is optional), or null. */
    static String tokenProblem(String token) {
        String t = token == null ? "" : token.trim();
        return t.chars().anyMatch(Character::isWhitespace) ? "A token has no spaces inside" : null;
    }

    /** The spec these fields make; refused (with the reason) when a field is wrong or it does not parse. */
    String spec() {
        String problem = hostProblem(host) != null ? hostProblem(host) : portProblem("Agent port", port) != null
                ? portProblem("Agent port", port) : ssh && portProblem("SSH port", sshPort) != null
                ? portProblem("SSH port", sshPort) : null;
        if (problem != null) throw new IllegalArgumentException(problem);
        String h = host.trim();
        if (h.contains(":") && !h.startsWith("[")) h = "[" + h + "]"; // IPv6
        String p = port.trim();
        String spec;
        if (!ssh) {
            spec = "agent:" + h + ":" + p;
        } else {
            String u = user == null ? "" : user.trim();
            List<String> params = new ArrayList<>();
            params.add("agent_port=" + p);
            if (key != null && !key.isBlank()) params.add("key=" + URLEncoder.encode(key.trim(), StandardCharsets.UTF_8));
            spec = "agent:ssh://" + (u.isEmpty() ? "" : u + "@") + h + ":" + sshPort.trim() + "?" + String.join("&", params);
        }
        // Parses the spec as a campaign would (no connection is made), so a typo is caught here.
        AgentSources.client(spec, name -> null).close();
        return spec;
    }
}
