/**
 * The remote device: {@code evolp agent} on the edge device and the workbench's client for it.
 *
 * <p>Server: {@link io.evolp.measure.agent.AgentServer} (embedded Jetty 12, HTTP + JSON, bearer token,
 * body limits, strict field validation; timeouts and per-address limits in {@code ClientGuard}) runs the
 * server-independent {@code AgentApi}, which hands measurements to a
 * {@link io.evolp.measure.local.LocalWorkerClient} worker process, one at a time (409 Busy for a
 * second), with jobs whose progress counts finished rounds. Uploaded ONNX models live in a temp
 * directory under their SHA-256.
 *
 * <p>Client: {@link io.evolp.measure.agent.AgentSource} is the {@code agent:…} measurement source,
 * built by {@link io.evolp.measure.agent.AgentSources#parse(String)}; it talks through an
 * {@link io.evolp.measure.agent.AgentClient} to an {@link io.evolp.measure.agent.AgentEndpoint} —
 * direct, or an {@link io.evolp.measure.agent.SshTunnel} (JSch; key authentication, known_hosts
 * enforced). Unreachable agents are {@link io.evolp.measure.DeviceLostException}s.
 */
package io.evolp.measure.agent;
