package io.evolp.measure.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import io.evolp.core.InvalidInputException;
import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.io.Json;
import io.evolp.measure.MeasurementSource;
import io.evolp.measure.source.MeasurementSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.evolp.measure.campaign.CampaignFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/** Campaigns on a simulated device and a scripted one: writing, resuming, repairing. */
class CampaignTest {

    @TempDir
    Path dir;

    private static CampaignOptions fast() {
        return CampaignOptions.defaults().withForceToDisk(false);
    }

    @Test
    void everyRowIsWrittenReadableWithItsRawStatistics() throws Exception {
        List<LayerConfig> plan = plan(24);
        Path csv = dir.resolve("d.csv");
        try (MeasurementSource sim = MeasurementSources.parse("simulated:tx2", 7)) {
            CampaignResult r = new Campaign(sim, plan, csv, fast().withShuffleSeed(3L)).run(null);
            assertEquals(CampaignProgress.State.FINISHED, r.stopped());
            assertEquals(plan.size(), r.measured());
            assertEquals(0, r.resumed());
            assertTrue(r.complete());
            assertTrue(r.failures().isEmpty());
        }
        LayerDataset ds = readClean(csv);
        assertSameRows(plan, ds);
        assertEquals("simulated:tx2", ds.device());
        assertEquals(List.of("device", "latency_min", "latency_max", "latency_iqr", "runs"), ds.extraColumns());
        assertEquals(CampaignCsv.header(), lines(csv).get(0));
        for (int i = 0; i < ds.size(); i++) {
            double min = Double.parseDouble(ds.extra(i, 1)), max = Double.parseDouble(ds.extra(i, 2));
            assertTrue(min <= ds.latency(i) && ds.latency(i) <= max, "median within min..max on row " + i);
            assertEquals("5", ds.extra(i, 4));
        }
        // Shuffled: the file is not in plan order (24 rows in plan order by chance is impossible in practice).
        assertNotEquals(plan.subList(0, 10), configs(ds).subList(0, 10));

        List<JsonNode> raw = json(RawSidecar.pathFor(csv));
        assertEquals("start", raw.get(0).get("type").asText());
        assertEquals(plan.size(), raw.get(0).get("pending").asInt());
        List<JsonNode> rows = raw.stream().filter(n -> n.get("type").asText().equals("row")).toList();
        assertEquals(plan.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode n = rows.get(i);
            assertEquals(i, n.get("row").asInt());
            assertEquals(ds.latency(i), n.get("latency_ms").asDouble(), 0);
            assertEquals(ds.config(i).cin(), n.get("layer").get("cin").asInt());
            assertEquals(plan.get(n.get("plan_index").asInt()), ds.config(i));
            assertTrue(n.get("simulated").asBoolean());
            assertTrue(n.has("q1_ms") && n.has("iqr_ms") && n.has("timestamp"), n.toString());
        }
    }

    @Test
    void aCancelledCampaignResumesWithoutLosingOrDuplicatingRows() throws Exception {
        List<LayerConfig> plan = plan(15);
        Path csv = dir.resolve("d.csv");
        Cancel cancel = new Cancel();
        int k = 6;
        CampaignResult first = new Campaign(new ScriptedSource((n, c) -> null), plan, csv, fast())
                .onProgress(p -> {
                    if (p.measured() == k) cancel.cancelled = true;
                })
                .run(cancel);
        assertEquals(CampaignProgress.State.CANCELLED, first.stopped());
        assertEquals(k, first.measured());
        List<String> before = lines(csv);
        assertEquals(k + 1, before.size());

        ScriptedSource second = new ScriptedSource((n, c) -> null);
        CampaignResult r = new Campaign(second, plan, csv, fast()).run(new Cancel());
        assertEquals(k, r.resumed());
        assertEquals(plan.size() - k, r.measured());
        assertEquals(plan.size() - k, second.calls.size(), "only the missing rows are measured");
        assertTrue(r.complete());
        List<String> after = lines(csv);
        assertEquals(before, after.subList(0, before.size()), "the first rows are untouched");
        assertSameRows(plan, readClean(csv));

        // A third run has nothing to do.
        ScriptedSource third = new ScriptedSource((n, c) -> null);
        CampaignResult again = new Campaign(third, plan, csv, fast()).run(null);
        assertEquals(plan.size(), again.resumed());
        assertEquals(0, again.measured());
        assertTrue(third.calls.isEmpty());
        assertEquals(after, lines(csv));
    }

    @Test
    void aPartialLastLineIsDroppedAndItsRowMeasuredAgain() throws Exception {
        List<LayerConfig> plan = plan(8);
        Path csv = dir.resolve("d.csv");
        new Campaign(new ScriptedSource((n, c) -> null), plan, csv, fast()).run(null);
        // Killed while writing the last CSV row: its sidecar line exists, half of the CSV line does.
        byte[] bytes = Files.readAllBytes(csv);
        int lastLineStart = new String(bytes, StandardCharsets.UTF_8).lastIndexOf('\n', bytes.length - 2) + 1;
        Files.write(csv, java.util.Arrays.copyOf(bytes, lastLineStart + 9));
        Path sidecar = RawSidecar.pathFor(csv);
        Files.writeString(sidecar, "{\"type\":\"row\",\"row\":9", java.nio.file.StandardOpenOption.APPEND);

        CampaignResult r = new Campaign(new ScriptedSource((n, c) -> null), plan, csv, fast()).run(null);
        assertEquals(plan.size() - 1, r.resumed());
        assertEquals(1, r.measured());
        assertTrue(r.notices().stream().anyMatch(s -> s.contains("partial last line")), r.notices().toString());
        assertTrue(r.notices().stream().anyMatch(s -> s.contains("dropped 1 unfinished")), r.notices().toString());
        LayerDataset ds = readClean(csv);
        assertSameRows(plan, ds);
        // Exactly one sidecar row per CSV row, indices 0..n-1, each matching its CSV row.
        List<JsonNode> rows = json(sidecar).stream().filter(n -> n.get("type").asText().equals("row")).toList();
        assertEquals(plan.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(i, rows.get(i).get("row").asInt());
            assertEquals(ds.latency(i), rows.get(i).get("latency_ms").asDouble(), 0);
        }
    }

    @Test
    void aHalfWrittenHeaderStartsTheFileAfresh() throws Exception {
        Path csv = dir.resolve("d.csv");
        Files.writeString(csv, "input_size,input_chan");
        List<LayerConfig> plan = plan(3);
        CampaignResult r = new Campaign(new ScriptedSource((n, c) -> null), plan, csv, fast()).run(null);
        assertTrue(r.complete());
        assertSameRows(plan, readClean(csv));
    }

    @Test
    void aFileOfAnotherDeviceOrLayoutIsRefused() throws Exception {
        List<LayerConfig> plan = plan(3);
        Path csv = dir.resolve("d.csv");
        new Campaign(new ScriptedSource((n, c) -> null), plan, csv, fast().withDevice("board-a")).run(null);
        List<String> before = lines(csv);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new Campaign(new ScriptedSource((n, c) -> null), plan(5), csv, fast().withDevice("board-b")).run(null));
        assertTrue(e.getMessage().contains("board-a") && e.getMessage().contains("board-b"), e.getMessage());
        assertEquals(before, lines(csv), "a refused file is left as it was");

        Path other = dir.resolve("other.csv");
        Files.writeString(other, "input_size,input_channel,output_channel,kernel_size_1,kernel_size_2,stride_1,stride_2,"
                + "padding_1,padding_2,bias,groups,latency\n8,4,4,3,3,1,1,1,1,False,1,0.5\n");
        e = assertThrows(InvalidInputException.class,
                () -> new Campaign(new ScriptedSource((n, c) -> null), plan, other, fast()).run(null));
        assertTrue(e.getMessage().contains("not a campaign file"), e.getMessage());
    }

    @Test
    void aFailedRowIsRecordedAndTheOthersGoOn() throws Exception {
        List<LayerConfig> plan = plan(10);
        LayerConfig bad = plan.get(4);
        Path csv = dir.resolve("d.csv");
        CampaignResult r = new Campaign(new ScriptedSource((n, c) -> c.equals(bad)
                ? new io.evolp.measure.MeasurementException("layer too odd for this board") : null), plan, csv, fast()).run(null);
        assertEquals(CampaignProgress.State.FINISHED, r.stopped());
        assertEquals(1, r.failures().size());
        assertEquals(4, r.failures().get(0).planIndex());
        assertEquals("layer too odd for this board", r.failures().get(0).message());
        assertEquals(plan.size() - 1, r.measured());
        assertFalse(r.complete());
        List<LayerConfig> withoutBad = new ArrayList<>(plan);
        withoutBad.remove(4);
        assertSameRows(withoutBad, readClean(csv));
        JsonNode failed = json(RawSidecar.pathFor(csv)).stream().filter(n -> n.get("type").asText().equals("failed")).findFirst().orElseThrow();
        assertEquals("layer too odd for this board", failed.get("error").asText());
        assertEquals(bad.cin(), failed.get("layer").get("cin").asInt());

        // A later run retries the failed row only.
        ScriptedSource healthy = new ScriptedSource((n, c) -> null);
        CampaignResult again = new Campaign(healthy, plan, csv, fast()).run(null);
        assertEquals(List.of(bad), healthy.calls);
        assertTrue(again.complete());
        assertSameRows(plan, readClean(csv));
    }

    @Test
    void changedSettingsAreNoticedOnResume() throws Exception {
        List<LayerConfig> plan = plan(4);
        Path csv = dir.resolve("d.csv");
        Cancel cancel = new Cancel();
        new Campaign(new ScriptedSource((n, c) -> null).describedAs("3 rounds"), plan, csv, fast())
                .onProgress(p -> cancel.cancelled = p.measured() == 2).run(cancel);
        CampaignResult r = new Campaign(new ScriptedSource((n, c) -> null).describedAs("1 round"), plan, csv, fast()).run(null);
        assertTrue(r.notices().stream().anyMatch(s -> s.contains("3 rounds") && s.contains("1 round")), r.notices().toString());
    }

    static List<JsonNode> json(Path p) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String l : Files.readAllLines(p)) out.add(Json.mapper().readTree(l));
        return out;
    }
}
