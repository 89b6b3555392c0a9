package io.evolp.ui.charts;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;

/**
 * Frame-time benchmark of the predicted-vs-measured view at scale (issue 4: ≥ 10 fps with 1M points).
 * Shows a {@link LogScatterChart} of N synthetic (measured, predicted) pairs in a real JavaFX window,
 * then performs zoom and pan steps the way the mouse handlers do (both axes changed with plot
 * notification off, one redraw per step), one step per JavaFX pulse. A pulse only starts when the
 * previous frame has been rendered, so the interval between steps is the true frame time: chart
 * drawing on the FX thread (binning, colouring, axes) plus scene rendering.
 *
 * A developer tool of the test sources (not in the product jar), run from the test class path:
 * <pre>
 * DEVTOOL_JAVA_OPTS="-Dprism.order=sw" xvfb-run -a packaging/devtool.sh io.evolp.ui.charts.ScatterBench [points] [steps] [dots]
 * </pre>
 * or headless without X (Monocle is a test dependency):
 * <pre>
 * DEVTOOL_JAVA_OPTS="-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true" \
 *      packaging/devtool.sh io.evolp.ui.charts.ScatterBench
 * </pre>
 * Defaults: 1,000,000 points, 30 steps, density raster ("dots" forces the dot renderer, for comparison).
 */
public final class ScatterBench {

    private ScatterBench() {
    }

    public static void main(String[] args) throws Exception {
        int points = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        boolean dots = args.length > 2 && args[2].equals("dots");
        List<ScatterSeries> data = synthetic(points, 42);
        long t0 = System.nanoTime();
        LogScatterChart chart = new LogScatterChart("Predicted vs measured", "measured latency (ms)",
                "predicted latency (ms)", data, dots ? Integer.MAX_VALUE : LogScatterChart.DEFAULT_RASTER_THRESHOLD, 0.10);
        double buildMs = (System.nanoTime() - t0) / 1e6;
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> run(chart, steps, buildMs, done));
        done.await();
        System.exit(0); // (Platform.exit first races Monocle's shutdown hook; nothing to clean up)
    }

    /** Two predictors' worth of points: lognormal latencies, ~5 % multiplicative error, 1 % outliers. */
    static List<ScatterSeries> synthetic(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<ScatterSeries> out = new ArrayList<>();
        int half = n / 2;
        for (int s = 0; s < 2; s++) {
            int m = s == 0 ? half : n - half;
            double[] x = new double[m], y = new double[m];
            for (int i = 0; i < m; i++) {
                x[i] = Math.exp(gauss(r) * 1.3 - 0.5);
                double err = r.nextDouble() < 0.01 ? gauss(r) * 0.5 : gauss(r) * (s == 0 ? 0.04 : 0.12);
                y[i] = x[i] * Math.exp(err);
            }
            out.add(new ScatterSeries(s == 0 ? "evolp" : "flops", Palette.color(s), x, y));
        }
        return out;
    }

    private static double gauss(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private static void run(LogScatterChart chart, int steps, double buildMs, CountDownLatch done) {
        ChartViewer viewer = new ChartViewer(chart.chart());
        Stage stage = new Stage();
        stage.setScene(new Scene(viewer, 1000, 700));
        stage.show();
        XYPlot plot = chart.chart().getXYPlot();
        int warmup = 5;
        long[] stamps = new long[warmup + steps + 1];
        double[] drawMs = new double[warmup + steps];
        long[] binMs = new long[warmup + steps];
        new AnimationTimer() {
            int frame = -3; // let the window settle before the first step

            @Override
            public void handle(long now) {
                if (frame < 0) { frame++; return; }
                stamps[frame] = System.nanoTime();
                if (frame == warmup + steps) {
                    stop();
                    report(chart, steps, warmup, stamps, drawMs, binMs, buildMs);
                    stage.close();
                    done.countDown();
                    return;
                }
                long t = System.nanoTime();
                step(plot, frame);
                drawMs[frame] = (System.nanoTime() - t) / 1e6;
                binMs[frame] = chart.densityLayer() == null ? -1 : chart.densityLayer().lastRenderMillis();
                frame++;
            }
        }.start();
    }

    /** Zoom in ×10, pan ×10, zoom out ×10, repeating: like wheel and drag input. */
    private static void step(XYPlot plot, int i) {
        boolean notify = plot.isNotify();
        plot.setNotify(false);
        int phase = (i / 10) % 3;
        if (phase == 0) {
            scale(plot, 0.85);
        } else if (phase == 1) {
            shift(plot, 0.04 * (i % 2 == 0 ? 1 : 1.5));
        } else {
            scale(plot, 1 / 0.85);
        }
        plot.setNotify(notify); // one chart change event → one redraw
    }

    private static void scale(XYPlot plot, double f) {
        for (var a : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
            Range r = a.getRange();
            double lo = Math.log10(r.getLowerBound()), hi = Math.log10(r.getUpperBound()), c = (lo + hi) / 2;
            double half = (hi - lo) / 2 * f;
            a.setRange(Math.pow(10, c - half), Math.pow(10, c + half));
        }
    }

    private static void shift(XYPlot plot, double share) {
        for (var a : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
            Range r = a.getRange();
            double lo = Math.log10(r.getLowerBound()), hi = Math.log10(r.getUpperBound()), d = (hi - lo) * share;
            a.setRange(Math.pow(10, lo + d), Math.pow(10, hi + d));
        }
    }

    private static void report(LogScatterChart chart, int steps, int warmup, long[] stamps, double[] drawMs,
                               long[] binMs, double buildMs) {
        double[] frame = new double[steps];
        double[] draw = new double[steps];
        double[] bin = new double[steps];
        for (int i = 0; i < steps; i++) {
            frame[i] = (stamps[warmup + i + 1] - stamps[warmup + i]) / 1e6;
            draw[i] = drawMs[warmup + i];
            bin[i] = binMs[warmup + i];
        }
        double total = (stamps[warmup + steps] - stamps[warmup]) / 1e6;
        System.out.printf(Locale.ROOT, "points=%d mode=%s steps=%d prism=%s glass=%s%n", chart.pointCount(),
                chart.usesRaster() ? "raster" : "dots", steps, System.getProperty("prism.order", "default"),
                System.getProperty("glass.platform", "default"));
        System.out.printf(Locale.ROOT, "chart build (log transform, off the FX thread): %.0f ms%n", buildMs);
        System.out.printf(Locale.ROOT, "frame time: median %.1f ms, p90 %.1f ms, max %.1f ms -> %.1f fps (median), %.1f fps (overall)%n",
                pct(frame, 50), pct(frame, 90), pct(frame, 100), 1000 / pct(frame, 50), steps * 1000 / total);
        System.out.printf(Locale.ROOT, "FX-thread chart draw per step: median %.1f ms, p90 %.1f ms%n", pct(draw, 50), pct(draw, 90));
        if (chart.usesRaster()) {
            System.out.printf(Locale.ROOT, "  of which binning + colouring: median %.0f ms, p90 %.0f ms%n", pct(bin, 50), pct(bin, 90));
        }
    }

    static double pct(double[] v, double p) {
        double[] s = v.clone();
        Arrays.sort(s);
        int i = (int) Math.ceil(p / 100 * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, i))];
    }
}
