package io.evolp.measure.agent;

import io.evolp.core.LayerConfig;
import io.evolp.io.DatasetCsvReader;
import io.evolp.io.DatasetLoadResult;
import io.evolp.measure.campaign.Campaign;
import io.evolp.measure.campaign.CampaignOptions;
import io.evolp.measure.campaign.CampaignProgress;
import io.evolp.measure.campaign.CampaignResult;
import io.evolp.measure.campaign.ReconnectPolicy;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 5: killing the agent during a campaign makes the campaign report the device as lost and
 * resume when it is back, with no rows lost or duplicated — a real agent process, the real client.
 */
class AgentCampaignRecoveryTest {

    @Test
    void aCampaignWaitsForAKilledAgentAndResumesWithoutLosingOrDuplicatingRows(@TempDir Path dir) throws Exception {
        List<LayerConfig> plan = new ArrayList<>();
        for (int c = 4; c <= 24; c += 4) plan.add(LayerConfig.of(8, c, 8, 3, 1, 1, 1));
        Path csv = dir.resolve("agent.csv");

        AgentProcess first = AgentProcess.start(null, "--port", "0");
        int port = first.port;
        CountDownLatch twoRowsDone = new CountDownLatch(1);
        CountDownLatch lostSeen = new CountDownLatch(1);
        List<CampaignProgress.State> states = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (AgentSource src = AgentSources.parse("agent:127.0.0.1:" + port, AgentEndToEndTest.FAST)) {
            Campaign campaign = new Campaign(src, plan, csv, CampaignOptions.defaults()
                    .withReconnect(new ReconnectPolicy(Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(90))))
                    .onProgress(p -> {
                        states.add(p.state());
                        if (p.measured() >= 2) twoRowsDone.countDown();
                        if (p.state() == CampaignProgress.State.DEVICE_LOST) lostSeen.countDown();
                    });
            CompletableFuture<CampaignResult> running = CompletableFuture.supplyAsync(() -> {
                try {
                    return campaign.run(ProgressMonitor.NONE);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });

            assertTrue(twoRowsDone.await(60, TimeUnit.SECONDS), "two rows measured before the kill");
            first.kill();
            assertTrue(lostSeen.await(60, TimeUnit.SECONDS), "the campaign reports the device as lost: " + states);
            try (AgentProcess second = AgentProcess.start(null, "--port", Integer.toString(port))) {
                CampaignResult result = running.get(120, TimeUnit.SECONDS);
                assertTrue(result.complete(), "every plan row measured: " + result);
            }
        } finally {
            first.kill();
        }

        DatasetLoadResult back = DatasetCsvReader.read(csv, null);
        assertEquals(List.of(), back.problems());
        assertEquals(plan.size(), back.dataset().size(), "no row lost, none duplicated");
        Set<LayerConfig> seen = new HashSet<>();
        for (int i = 0; i < back.dataset().size(); i++) assertTrue(seen.add(back.dataset().config(i)));
        assertEquals(new HashSet<>(plan), seen);
        assertTrue(states.contains(CampaignProgress.State.DEVICE_LOST));
    }
}
