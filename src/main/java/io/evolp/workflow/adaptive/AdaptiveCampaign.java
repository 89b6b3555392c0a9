package io.evolp.workflow.adaptive;

import io.evolp.core.InvalidInputException;
import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.io.DatasetCsvReader;
import io.evolp.io.DatasetLoadResult;
import io.evolp.measure.MeasurementSource;
import io.evolp.measure.campaign.Campaign;
import io.evolp.measure.campaign.CampaignOptions;
import io.evolp.measure.campaign.CampaignProgress;
import io.evolp.measure.campaign.CampaignResult;
import io.evolp.predict.active.ActiveSelector;
import io.evolp.predict.active.Disagreement;
import io.evolp.task.CancelledException;
import io.evolp.task.ProgressMonitor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Profiles a new device in batches: picks the next batch from the candidate layers with the active
 * selector (a variance design, weighted by where the transfer candidates fitted on the rows so far disagree),
 * measures it with a {@link Campaign} into the dataset CSV (every row appended and flushed as it
 * arrives, raw statistics in the sidecar), retrains ({@link CvScore}), and records the cross-validated
 * error; stops at the row budget, when the error stops falling ({@link PlateauRule}), when the
 * candidates run out, on cancel, or when the device stays lost. Running it again on the same file
 * resumes: the rows in the file count as measured. FX-free: the CLI runs it on its thread, the GUI on
 * its task runner.
 */
public final class AdaptiveCampaign {

    /** One batch done: the curve point and the predictor retrained on every row so far. */
    public record Update(int batch, CurvePoint point, io.evolp.predict.LatencyPredictor predictor, int measuredNow,
                         int failedNow) {
    }

    private final MeasurementSource source;
    private final List<LayerConfig> pool;
    private final Path csv;
    private final TransferBase base;
    private final AdaptiveSettings settings;
    private final CampaignOptions options;
    private Consumer<Update> onBatch = u -> { };
    private Consumer<CampaignProgress> onRow = p -> { };

    /** @param base the source device to transfer from, or null (auto from scratch, the design without a latency coordinate or disagreement) */
    public AdaptiveCampaign(MeasurementSource source, List<LayerConfig> pool, Path csv, TransferBase base,
                            AdaptiveSettings settings, CampaignOptions options) {
        this.source = Objects.requireNonNull(source, "source");
        this.pool = List.copyOf(pool);
        this.csv = Objects.requireNonNull(csv, "csv");
        this.base = base;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.options = (options == null ? CampaignOptions.defaults() : options).withShuffleSeed(null);
        if (this.pool.isEmpty()) throw new IllegalArgumentException("no candidate layers to choose from");
    }

    /** Gets each batch's result on the campaign's thread. */
    public AdaptiveCampaign onBatch(Consumer<Update> l) {
        this.onBatch = Objects.requireNonNull(l);
        return this;
    }

    /** Gets the campaign's per-row snapshots (see {@link Campaign#onProgress}). */
    public AdaptiveCampaign onRow(Consumer<CampaignProgress> l) {
        this.onRow = Objects.requireNonNull(l);
        return this;
    }

    public PlateauRule rule() {
        return new PlateauRule(settings.patience(), settings.minGain());
    }

    public AdaptiveResult run(ProgressMonitor pm) throws IOException {
        ProgressMonitor monitor = pm == null ? ProgressMonitor.NONE : pm;
        List<String> notices = new ArrayList<>();
        LayerDataset rows = open(notices);
        int resumed = rows.size();
        List<CurvePoint> curve = new ArrayList<>(earlier(resumed, notices));
        CvScore score = new CvScore(base, settings.seed());
        PlateauRule rule = rule();
        Set<LayerConfig> failed = new HashSet<>();
        CvScore.Scored last = null;
        double[] spread = null;
        int measured = 0, failures = 0, batch = 0;
        AdaptiveResult.Stop stop;
        String why;
        try {
            if (resumed > 0) {
                monitor.progress(resumed, settings.budgetRows(), "retraining on the " + resumed + " rows already measured");
                last = score.train(rows, quiet(monitor));
                spread = spread(rows, remaining(rows, failed));
                CurvePoint p = point(rows.size(), last, spread);
                curve.add(p);
                onBatch.accept(new Update(0, p, last.predictor(), 0, 0));
            }
            while (true) {
                if (rows.size() >= settings.budgetRows()) {
                    stop = AdaptiveResult.Stop.BUDGET;
                    why = "the budget of " + settings.budgetRows() + " rows is reached";
                    break;
                }
                String plateau = rule.check(curve);
                if (plateau != null) {
                    stop = AdaptiveResult.Stop.PLATEAU;
                    why = plateau;
                    break;
                }
                List<LayerConfig> free = remaining(rows, failed);
                if (free.isEmpty()) {
                    stop = AdaptiveResult.Stop.POOL_EXHAUSTED;
                    why = "every candidate layer is measured (" + rows.size() + " rows); choose more models or a larger plan";
                    break;
                }
                monitor.checkCancelled();
                int n = Math.min(settings.batch(), settings.budgetRows() - rows.size());
                List<LayerConfig> picks = pick(free, rows, n, spread == null || spread.length != free.size() ? null : spread);
                batch++;
                CampaignResult r = new Campaign(source, picks, csv, options).onProgress(onRow)
                        .run(batchMonitor(monitor, rows.size(), batch));
                measured += r.measured();
                failures += r.failures().size();
                r.failures().forEach(f -> failed.add(f.layer()));
                notices.addAll(r.notices());
                rows = read();
                if (r.stopped() == CampaignProgress.State.CANCELLED) throw new CancelledException();
                if (r.stopped() == CampaignProgress.State.GAVE_UP) {
                    stop = AdaptiveResult.Stop.DEVICE_LOST;
                    why = "the device stayed lost; run again to resume";
                    break;
                }
                if (r.measured() == 0 && !r.failures().isEmpty()) { // a device that measures nothing: say so, do not churn
                    stop = AdaptiveResult.Stop.FAILING;
                    why = "the device failed every layer of batch " + batch + " (first: " + r.failures().get(0).message()
                            + "); details in " + r.sidecar().getFileName();
                    break;
                }
                monitor.progress(rows.size(), settings.budgetRows(), "retraining on " + rows.size() + " rows");
                last = score.train(rows, quiet(monitor));
                spread = spread(rows, remaining(rows, failed));
                CurvePoint p = point(rows.size(), last, spread);
                curve.add(p);
                writeCurve(curve, null, null);
                onBatch.accept(new Update(batch, p, last.predictor(), r.measured(), r.failures().size()));
            }
        } catch (CancelledException e) {
            stop = AdaptiveResult.Stop.CANCELLED;
            why = "cancelled; every row measured so far is in " + csv.getFileName() + " — run again to resume";
            rows = Files.exists(csv) ? read() : rows;
        }
        writeCurve(curve, stop, why);
        return new AdaptiveResult(curve, rows, last == null ? null : last.predictor(), stop, why, measured, resumed,
                failures, notices, csv);
    }

    /** The rows already in the file, after the campaign's own checks and repairs (device, layout, partial line). */
    private LayerDataset open(List<String> notices) throws IOException {
        if (!Files.exists(csv)) return LayerDataset.builder(device()).build();
        CampaignResult r = new Campaign(source, List.of(), csv, options).run(ProgressMonitor.NONE);
        notices.addAll(r.notices());
        return read();
    }

    private List<CurvePoint> earlier(int resumed, List<String> notices) throws IOException {
        if (resumed == 0) return List.of();
        try {
            return CurveFiles.read(csv).stream().filter(p -> p.rows() < resumed).toList();
        } catch (IllegalArgumentException e) {
            notices.add("the earlier learning curve is unreadable and starts again: " + e.getMessage());
            return List.of();
        }
    }

    private LayerDataset read() throws IOException {
        try (var lines = Files.lines(csv)) { // a header alone (nothing measured yet) is an empty dataset, not an error
            if (lines.filter(l -> !l.isBlank()).limit(2).count() < 2) return LayerDataset.builder(device()).build();
        }
        DatasetLoadResult r = DatasetCsvReader.read(csv, device());
        if (r.hasProblems()) throw new InvalidInputException(r.problems().get(0));
        return r.dataset();
    }

    private String device() {
        return options.device() != null ? options.device() : source.id();
    }

    /** Candidates not yet in the file (as a multiset: a layer listed twice is measured twice) and not failed now. */
    List<LayerConfig> remaining(LayerDataset rows, Set<LayerConfig> failed) {
        Map<LayerConfig, Integer> have = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) have.merge(rows.config(i), 1, Integer::sum);
        List<LayerConfig> out = new ArrayList<>();
        for (LayerConfig c : pool) {
            Integer k = have.get(c);
            if (k != null && k > 0) have.put(c, k - 1);
            else if (!failed.contains(c)) out.add(c);
        }
        return out;
    }

    private List<LayerConfig> pick(List<LayerConfig> free, LayerDataset rows, int n, double[] spread) {
        List<LayerConfig> done = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) done.add(rows.config(i));
        int[] idx = ActiveSelector.select(free, done, n, base == null ? null : base.predictor(), spread,
                settings.seed() + rows.size());
        List<LayerConfig> out = new ArrayList<>(idx.length);
        for (int i : idx) out.add(free.get(i));
        return out;
    }

    private double[] spread(LayerDataset rows, List<LayerConfig> free) {
        if (base == null || free.isEmpty()) return null;
        return Disagreement.of(rows, base.predictor(), free, settings.seed());
    }

    private static CurvePoint point(int rows, CvScore.Scored s, double[] spread) {
        double med = Double.NaN;
        if (spread != null && spread.length > 0) {
            double[] v = spread.clone();
            Arrays.sort(v);
            med = 100 * v[v.length / 2];
        }
        return new CurvePoint(rows, s.mape(), s.acc10(), med, s.label());
    }

    private void writeCurve(List<CurvePoint> curve, AdaptiveResult.Stop stop, String why) throws IOException {
        if (curve.isEmpty()) return;
        CurveFiles.write(csv, curve, new CurveFiles.Meta(device(), csv.getFileName().toString(),
                base == null ? null : base.name(), stop == null ? null : stop.name().toLowerCase(java.util.Locale.ROOT),
                why, rule().describe()));
    }

    /** Progress of the whole campaign (rows of the budget), cancellation from the caller. */
    private ProgressMonitor batchMonitor(ProgressMonitor pm, int before, int batch) {
        return new ProgressMonitor() {
            @Override public void progress(long done, long total, String message) {
                pm.progress(before + Math.max(0, done), settings.budgetRows(), "batch " + batch + ": " + message);
            }
            @Override public boolean isCancelled() { return pm.isCancelled(); }
        };
    }

    /** Training's own fold counts would make the bar jump back: pass cancellation only. */
    private static ProgressMonitor quiet(ProgressMonitor pm) {
        return new ProgressMonitor() {
            @Override public void progress(long done, long total, String message) { }
            @Override public boolean isCancelled() { return pm.isCancelled(); }
        };
    }
}
