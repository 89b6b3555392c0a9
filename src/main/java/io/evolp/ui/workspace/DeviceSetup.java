package io.evolp.ui.workspace;

import io.evolp.io.ModelJson;
import io.evolp.measure.MeasurementSource;
import io.evolp.measure.source.MeasurementSources;
import io.evolp.measure.SimulatedSource;
import io.evolp.measure.agent.AgentClient;
import io.evolp.measure.agent.AgentSource;
import io.evolp.measure.agent.AgentSources;
import io.evolp.measure.local.LocalSettings;
import io.evolp.measure.local.LocalSource;
import io.evolp.ui.workspace.Workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Everything needed to open one measurement source, captured on the FX thread so a worker can open
 * it: the spec from {@code Workspace.sources()}, the device's measurement settings (kept per spec in
 * the workspace's view settings, so they are saved with the project) and the agent token (kept in
 * memory only, see {@link AgentTokens}). The Devices and the Compression screens open real devices
 * through this, so both measure with the same settings.
 */
public record DeviceSetup(String spec, LocalSettings settings, String token) {

    /** View-settings key prefix: {@code device.settings.local}, {@code device.settings.agent:host:7878}. */
    public static final String SETTINGS_PREFIX = "device.settings.";

    public static boolean isLocal(String spec) {
        return "local".equalsIgnoreCase(spec == null ? "" : spec.trim());
    }

    public static boolean isAgent(String spec) {
        return AgentSources.accepts(spec);
    }

    /** Local or agent: a real device with settings, as opposed to simulated profiles and replay files. */
    public static boolean isDevice(String spec) {
        return isLocal(spec) || isAgent(spec);
    }

    /** The setup of {@code spec} in {@code ws} (FX thread). */
    public static DeviceSetup of(Workspace ws, String spec) {
        return new DeviceSetup(spec, settings(ws.viewSettings(), spec), AgentTokens.get(spec));
    }

    public static LocalSettings settings(Map<String, String> viewSettings, String spec) {
        return LocalSettingsText.parse(viewSettings.get(SETTINGS_PREFIX + spec));
    }

    public static void storeSettings(Map<String, String> viewSettings, String spec, LocalSettings s) {
        viewSettings.put(SETTINGS_PREFIX + spec, LocalSettingsText.format(s));
    }

    /** A new source (the caller closes it). Any thread. */
    public MeasurementSource open() {
        if (isLocal(spec)) return new LocalSource(settings);
        if (isAgent(spec)) return new AgentSource(client(), settings);
        return MeasurementSources.parse(spec, MeasurementSources.Options.defaults().withLocal(settings)
                .withSimulation(SimulatedSource.Options.defaults()).withNearest(true).withLoader(p -> {
                    try {
                        return ModelJson.read(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(io.evolp.ui.common.Messages.oneLine(e), e);
                    }
                }));
    }

    /**
     * A client for an agent spec with the remembered token, else {@code EVOLP_AGENT_TOKEN}.
     *
     * @throws IllegalArgumentException for a malformed spec
     */
    public AgentClient client() {
        String env = AgentSources.TOKEN_ENV;
        return AgentSources.client(spec, name -> env.equals(name) && token != null ? token : System.getenv(name));
    }

    /** Whether measurements carry a token (typed or from the environment). */
    public boolean hasToken() {
        return token != null || AgentTokens.fromEnvironment();
    }
}
