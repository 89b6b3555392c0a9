package io.evolp.cli;

import io.evolp.core.LayerConfig;
import io.evolp.measure.MeasurementSource;
import io.evolp.measure.campaign.Campaign;
import io.evolp.measure.campaign.CampaignOptions;
import io.evolp.measure.campaign.CampaignProgress;
import io.evolp.measure.campaign.CampaignResult;
import io.evolp.measure.campaign.Eta;
import io.evolp.measure.campaign.ReconnectPolicy;
import io.evolp.task.ConsoleProgress;
import io.evolp.workflow.CampaignPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code evolp measure}: a measurement campaign — a sampling plan run row by row on a device into a
 * layer dataset CSV, resumable by running the same command again.
 */
@Command(name = "measure", description = "Measure a sampling plan on a device (local, agent:HOST:PORT, simulated:…) "
        + "into a layer dataset CSV. Each row is appended and flushed as it arrives (raw statistics in "
        + "<out>.raw.jsonl); running the same command again resumes where it stopped. With --adaptive: one batch at a "
        + "time where a measurement helps most, retraining between batches, until --budget-rows or the "
        + "cross-validated error stops falling.")
final class MeasureCommand implements Callable<Integer> {

    /** Without a terminal (a log file, CI) a progress line at most this often. */
    private static final Duration LOG_EVERY = Duration.ofSeconds(15);

    @Spec CommandSpec spec;

    @Mixin MeasureOptions device;

    @Option(names = "--plan", paramLabel = "plan.csv", description = "Sampling plan (evolp plan); with --adaptive, the candidate layers.")
    Path plan;

    @Option(names = "--out", required = true, paramLabel = "D.csv", description = "Dataset CSV to create or resume.")
    Path out;

    @Option(names = "--device-name", paramLabel = "NAME",
            description = "Name for the CSV's device column (default: the source id, e.g. local).")
    String deviceName;

    @Option(names = "--in-order", description = "Measure rows in the plan's order (default: shuffled by --seed, so "
            + "slow drift and background load spread over all configuration keys).")
    boolean inOrder;

    @Option(names = "--max-wait", defaultValue = "600", paramLabel = "S",
            description = "Seconds to wait for a lost device before stopping (default ${DEFAULT-VALUE}).")
    long maxWaitSeconds;

    @Mixin AdaptiveMeasure adaptive;

    @Override
    public Integer call() throws Exception {
        if (maxWaitSeconds < 0) throw new IllegalArgumentException("--max-wait must be >= 0");
        CampaignOptions options = CampaignOptions.defaults().withDevice(deviceName)
                .withShuffleSeed(inOrder ? null : device.seed)
                .withReconnect(ReconnectPolicy.defaults().withMaxWait(Duration.ofSeconds(maxWaitSeconds)));
        PrintWriter err = spec.commandLine().getErr();
        if (adaptive.adaptive) return adaptive.run(device, plan, out, options, spec.commandLine().getOut(), err);
        adaptive.checkUnused();
        if (plan == null) throw new IllegalArgumentException("measure needs --plan P.csv (or --adaptive with --model M)");
        Inputs.requireFile(plan);
        List<LayerConfig> rows = CampaignPlan.file(plan).rows();
        ConsoleProgress console = ConsoleProgress.forStderr();
        boolean terminal = System.console() != null;
        CampaignResult r;
        try (MeasurementSource source = device.open()) {
            Thread hook = new Thread(source::close, "evolp-measure-exit"); // Ctrl-C: stop the worker at once
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                err.println("Measuring " + rows.size() + " plan rows on " + source.description() + " → " + out);
                err.flush();
                Campaign c = new Campaign(source, rows, out, options).onProgress(logger(err, terminal, console));
                r = c.run(console);
            } finally {
                console.finish();
                removeHook(hook);
            }
        }
        print(r);
        return r.complete() ? 0 : 1;
    }

    /** Prints state changes (device lost, back) always, and a periodic line when no terminal shows the live one. */
    private static java.util.function.Consumer<CampaignProgress> logger(PrintWriter err, boolean terminal, ConsoleProgress console) {
        long[] last = {System.nanoTime()};
        CampaignProgress.State[] state = {CampaignProgress.State.MEASURING};
        return p -> {
            boolean changed = p.state() != state[0];
            state[0] = p.state();
            boolean due = System.nanoTime() - last[0] >= LOG_EVERY.toNanos();
            if (changed || p.state() == CampaignProgress.State.DEVICE_LOST || (!terminal && due)) {
                console.finish();
                err.println(Eta.line(p));
                err.flush();
                last[0] = System.nanoTime();
            }
        };
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down; the hook runs anyway
        }
    }

    private void print(CampaignResult r) {
        PrintWriter out = spec.commandLine().getOut();
        r.notices().forEach(n -> out.println("note: " + n));
        String how = switch (r.stopped()) {
            case CANCELLED -> "Cancelled";
            case GAVE_UP -> "Stopped (device lost)";
            default -> r.complete() ? "Finished" : "Finished with failures";
        };
        out.printf("%s: %s  (sidecar %s)%n", how, r.csv(), r.sidecar());
        out.printf("  plan rows      %d%n  measured now   %d%n  resumed        %d%n  failed         %d%n",
                r.planRows(), r.measured(), r.resumed(), r.failures().size());
        if (r.notInPlan() > 0) out.printf("  not in plan    %d (rows of the file kept as they are)%n", r.notInPlan());
        if (r.deviceLost() > 0) out.printf("  device lost    %d time(s)%n", r.deviceLost());
        long attempted = r.measured() + r.failures().size();
        out.printf("  time           %s%s%n", Eta.format(r.elapsed()),
                attempted == 0 ? "" : String.format(java.util.Locale.ROOT, " (%.2f s/row)", r.elapsed().toNanos() / 1e9 / attempted));
        printFacts(out, r.facts());
        for (CampaignResult.Failure f : r.failures().subList(0, Math.min(5, r.failures().size()))) {
            out.printf("  failed: plan row %d (%s): %s%n", f.planIndex() + 1, Eta.layer(f.layer()), f.message());
        }
        if (!r.complete()) out.println("Run the same command again to measure the missing rows.");
    }

    static void printFacts(PrintWriter out, Map<String, String> facts) {
        if (facts.isEmpty()) return;
        out.println("  runtime facts:");
        facts.forEach((k, v) -> out.printf("    %-17s %s%n", k, v));
    }
}
