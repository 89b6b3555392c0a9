package io.evolp.measure.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import io.evolp.core.LayerConfig;
import io.evolp.measure.DeviceLostException;
import io.evolp.measure.MeasurementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.evolp.measure.campaign.CampaignFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/** A device that goes away and comes back (or does not): the campaign waits, reports, resumes. */
class DeviceLostTest {

    @TempDir
    Path dir;

    private static final CampaignOptions OPTIONS = CampaignOptions.defaults().withForceToDisk(false);

    @Test
    void theCampaignWaitsForTheDeviceAndLosesNoRow() throws Exception {
        List<LayerConfig> plan = plan(12);
        Path csv = dir.resolve("d.csv");
        // Calls 5..8 find the device gone (four failed attempts of the same row), then it answers again.
        ScriptedSource source = new ScriptedSource((n, c) -> n >= 5 && n <= 8
                ? new DeviceLostException("agent 10.0.0.7:8765 unreachable", new java.net.ConnectException("refused")) : null);
        RecordingSleeper sleeper = new RecordingSleeper();
        List<CampaignProgress> seen = new ArrayList<>();
        CampaignResult r = new Campaign(source, plan, csv, OPTIONS).withSleeper(sleeper).onProgress(seen::add).run(null);

        assertEquals(CampaignProgress.State.FINISHED, r.stopped());
        assertTrue(r.complete());
        assertEquals(1, r.deviceLost());
        assertTrue(r.failures().isEmpty());
        assertSameRows(plan, readClean(csv));
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8)), sleeper.waits);
        assertEquals(plan.size() + 4, source.calls.size());
        assertEquals(source.calls.get(5), source.calls.get(9), "the same row is retried");

        List<CampaignProgress> lost = seen.stream().filter(p -> p.state() == CampaignProgress.State.DEVICE_LOST).toList();
        assertEquals(4, lost.size());
        assertTrue(lost.get(0).message().startsWith("device lost: agent 10.0.0.7:8765 unreachable — waiting to reconnect"),
                lost.get(0).message());
        assertEquals(5, lost.get(0).measured());
        assertEquals(CampaignProgress.State.FINISHED, seen.get(seen.size() - 1).state());

        List<JsonNode> raw = CampaignTest.json(RawSidecar.pathFor(csv));
        assertEquals(1, raw.stream().filter(n -> n.get("type").asText().equals("device_lost")).count());
        JsonNode back = raw.stream().filter(n -> n.get("type").asText().equals("reconnected")).findFirst().orElseThrow();
        assertEquals(15.0, back.get("waited_s").asDouble(), 1.0);
        JsonNode retried = raw.stream().filter(n -> n.path("row").asInt(-1) == 5).findFirst().orElseThrow();
        assertEquals(4, retried.get("device_lost_retries").asInt());
    }

    @Test
    void aWrappedDeviceLostExceptionIsStillALoss() {
        MeasurementException wrapped = new MeasurementException("local could not measure layer: gone",
                new DeviceLostException("worker died", null));
        assertInstanceOf(DeviceLostException.class, RowAttempt.asMeasurementException(new java.util.concurrent.CompletionException(wrapped)));
        assertFalse(RowAttempt.asMeasurementException(new MeasurementException("bad layer")) instanceof DeviceLostException);
        assertEquals("boom", RowAttempt.asMeasurementException(new IllegalStateException("boom")).getMessage());
    }

    @Test
    void aDeviceThatStaysAwayStopsTheCampaignAfterTheWaitAndARerunResumes() throws Exception {
        List<LayerConfig> plan = plan(6);
        Path csv = dir.resolve("d.csv");
        ScriptedSource gone = new ScriptedSource((n, c) -> n >= 2 ? new DeviceLostException("no route to host", null) : null);
        RecordingSleeper sleeper = new RecordingSleeper();
        CampaignOptions opts = OPTIONS.withReconnect(new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(4), Duration.ofSeconds(10)));
        CampaignResult r = new Campaign(gone, plan, csv, opts).withSleeper(sleeper).run(null);
        assertEquals(CampaignProgress.State.GAVE_UP, r.stopped());
        assertEquals(2, r.measured());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(3)), sleeper.waits,
                "backoff doubles, capped at max delay, and the last wait ends exactly at max wait");
        assertEquals(2, readClean(csv).size());

        CampaignResult again = new Campaign(new ScriptedSource((n, c) -> null), plan, csv, opts).run(null);
        assertEquals(2, again.resumed());
        assertTrue(again.complete());
        assertSameRows(plan, readClean(csv));
    }

    @Test
    void cancellingWhileWaitingForTheDeviceStopsAtOnce() throws Exception {
        List<LayerConfig> plan = plan(4);
        Cancel cancel = new Cancel();
        ScriptedSource gone = new ScriptedSource((n, c) -> new DeviceLostException("gone", null));
        Sleeper cancelling = (d, pm) -> {
            cancel.cancelled = true;
            pm.checkCancelled();
        };
        CampaignResult r = new Campaign(gone, plan, dir.resolve("d.csv"), OPTIONS).withSleeper(cancelling).run(cancel);
        assertEquals(CampaignProgress.State.CANCELLED, r.stopped());
        assertEquals(1, gone.calls.size());
    }
}
