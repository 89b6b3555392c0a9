/**
 * Profiling a new device (issue 14): {@link io.evolp.workflow.adaptive.AdaptiveCampaign} measures in
 * actively chosen batches, retrains between them and stops at a row budget or when the
 * cross-validated error stops falling — the loop behind {@code measure --adaptive} and the Devices
 * screen's "Profile a new device".
 */
package io.evolp.workflow.adaptive;
