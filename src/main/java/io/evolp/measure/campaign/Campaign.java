package io.evolp.measure.campaign;

import io.evolp.core.LayerConfig;
import io.evolp.measure.Measurement;
import io.evolp.measure.MeasurementSource;
import io.evolp.task.CancelledException;
import io.evolp.task.ProgressMonitor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Runs a sampling plan on a {@link MeasurementSource}, row by row, into a dataset CSV and its raw
 * sidecar (see the package notes). Re-running the same campaign resumes: rows already in the CSV are
 * skipped, so a kill at any moment loses at most the row in flight and never duplicates one.
 *
 * <p>A {@link io.evolp.measure.DeviceLostException} makes the campaign wait and retry the same row
 * ({@link ReconnectPolicy}); any other measurement failure is recorded in the sidecar and the
 * campaign moves on (a later run retries failed rows, since they are not in the CSV).
 */
public final class Campaign {

    private final MeasurementSource source;
    private final List<LayerConfig> plan;
    private final Path csvPath;
    private final CampaignOptions options;
    private Sleeper sleeper = Sleeper.REAL;
    private Consumer<CampaignProgress> listener = p -> { };

    public Campaign(MeasurementSource source, List<LayerConfig> plan, Path csv, CampaignOptions options) {
        this.source = Objects.requireNonNull(source, "source");
        this.plan = List.copyOf(plan);
        this.csvPath = Objects.requireNonNull(csv, "csv");
        this.options = options == null ? CampaignOptions.defaults() : options;
    }

    /** Replaces the real-time wait between reconnection attempts (tests). */
    public Campaign withSleeper(Sleeper s) {
        this.sleeper = Objects.requireNonNull(s);
        return this;
    }

    /** Receives a snapshot before each row, on each reconnection attempt and at the end (campaign thread). */
    public Campaign onProgress(Consumer<CampaignProgress> l) {
        this.listener = Objects.requireNonNull(l);
        return this;
    }

    public Path csv() {
        return csvPath;
    }

    public Path sidecar() {
        return RawSidecar.pathFor(csvPath);
    }

    /** The device name the CSV carries. */
    public String device() {
        return options.device() != null ? options.device() : source.id();
    }

    /**
     * Runs (or resumes) the campaign on the calling thread until every plan row has been tried, the
     * monitor is cancelled, or the device stays lost longer than the policy allows.
     *
     * @throws IOException when the files cannot be opened or written (rows written so far are kept)
     * @throws io.evolp.core.InvalidInputException when the CSV exists but is not this campaign's file
     *                                             (other layout, other device, bad rows)
     */
    public CampaignResult run(ProgressMonitor pm) throws IOException {
        ProgressMonitor monitor = pm == null ? ProgressMonitor.NONE : pm;
        String device = device();
        try (CampaignCsv csv = CampaignCsv.open(csvPath, device, options.forceToDisk());
             RawSidecar raw = RawSidecar.open(sidecar(), csv.rows(), options.forceToDisk())) {
            List<String> notices = new ArrayList<>();
            if (csv.droppedBytes() > 0) {
                notices.add("repaired " + csvPath + ": dropped a partial last line (" + csv.droppedBytes() + " bytes) left by an interrupted run");
            }
            if (raw.dropped() > 0) {
                notices.add("repaired " + raw.path() + ": dropped " + raw.dropped() + " unfinished or unreadable line(s)");
            }
            if (raw.lastStart() != null && !raw.lastStart().description().equals(source.description())) {
                notices.add("the earlier run used other settings (" + raw.lastStart().description()
                        + "); now: " + source.description());
            }
            ResumePlan resume = ResumePlan.of(plan, csv.existing());
            List<Integer> order = new ArrayList<>(resume.pending());
            if (options.shuffleSeed() != null) Collections.shuffle(order, new Random(options.shuffleSeed()));
            raw.append(RawRecords.start(Instant.now(), source, device, plan.size(), resume.resumed(), order.size()));
            Run run = new Run(csv, raw, resume, monitor, device);
            CampaignProgress.State end = run.all(order);
            return new CampaignResult(plan.size(), resume.resumed(), run.measured, run.failures, resume.notInPlan(), end,
                    Duration.ofNanos(System.nanoTime() - run.started), run.outages, run.facts, notices, csvPath, raw.path());
        }
    }

    /** The state of one run: counters, timing and the row loop. */
    private final class Run {
        final CampaignCsv csv;
        final RawSidecar raw;
        final ResumePlan resume;
        final ProgressMonitor pm;
        final String device;
        final long started = System.nanoTime();
        final List<CampaignResult.Failure> failures = new ArrayList<>();
        final ProgressMonitor cancelOnly;
        int measured, outages;
        long attemptNanos;
        Map<String, String> facts = Map.of();

        Run(CampaignCsv csv, RawSidecar raw, ResumePlan resume, ProgressMonitor pm, String device) {
            this.csv = csv;
            this.raw = raw;
            this.resume = resume;
            this.pm = pm;
            this.device = device;
            this.facts = raw.lastFacts(); // replaced by the first row measured now
            // The source's own per-run messages would overwrite the campaign's line; pass cancellation only.
            this.cancelOnly = new ProgressMonitor() {
                @Override public void progress(long done, long total, String message) { }
                @Override public boolean isCancelled() { return pm.isCancelled(); }
            };
        }

        CampaignProgress.State all(List<Integer> order) throws IOException {
            try {
                for (int index : order) {
                    pm.checkCancelled();
                    LayerConfig layer = plan.get(index);
                    report(CampaignProgress.State.MEASURING, layer, "measuring " + Eta.layer(layer));
                    RowAttempt.Outcome o = new RowAttempt(source, layer, index, options.reconnect(), sleeper, cancelOnly,
                            raw, this::lostReport).run();
                    attemptNanos += o.nanos();
                    if (o.lostEpisode()) outages++;
                    if (o.gaveUp()) {
                        report(CampaignProgress.State.GAVE_UP, layer, "device lost for longer than "
                                + Eta.format(options.reconnect().maxWait()) + "; stopped (" + o.error() + "). Run again to resume.");
                        return CampaignProgress.State.GAVE_UP;
                    }
                    if (o.measurement() != null) write(index, layer, o);
                    else fail(index, layer, o.error());
                }
            } catch (CancelledException e) {
                report(CampaignProgress.State.CANCELLED, null, "cancelled; run the same command again to resume");
                return CampaignProgress.State.CANCELLED;
            }
            report(CampaignProgress.State.FINISHED, null, "finished");
            return CampaignProgress.State.FINISHED;
        }

        private void write(int index, LayerConfig layer, RowAttempt.Outcome o) throws IOException {
            Measurement m = o.measurement();
            // Sidecar first: a kill between the two writes leaves an orphan sidecar row, which the next
            // run drops, rather than a CSV row without its raw statistics.
            raw.append(RawRecords.row(csv.rows(), index, layer, m, o.nanos() / 1e6, o.retries()));
            csv.append(layer, m, device);
            measured++;
            if (m.details() != null && !m.details().facts().isEmpty()) facts = m.details().facts();
        }

        private void fail(int index, LayerConfig layer, String message) throws IOException {
            raw.append(RawRecords.failed(Instant.now(), index, layer, message));
            failures.add(new CampaignResult.Failure(index, layer, message));
        }

        private void lostReport(LayerConfig layer, String message) {
            report(CampaignProgress.State.DEVICE_LOST, layer, message);
        }

        private void report(CampaignProgress.State state, LayerConfig current, String what) {
            int attempted = measured + failures.size();
            Duration mean = attempted == 0 ? null : Duration.ofNanos(attemptNanos / attempted);
            int left = plan.size() - resume.resumed() - attempted;
            Duration remaining = mean == null ? null : mean.multipliedBy(left);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            CampaignProgress p = new CampaignProgress(state, plan.size(), resume.resumed(), measured, failures.size(),
                    current, elapsed, mean, remaining, what);
            pm.progress(p.done() + p.failed(), p.planRows(), Eta.line(p));
            listener.accept(p);
        }
    }
}
