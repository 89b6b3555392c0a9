package io.evolp.ui.charts;

import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.common.ChartExport;
import io.evolp.ui.common.Dialogs;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.fx.interaction.PanHandlerFX;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * A JFreeChart viewer with the workbench's chart habits: PNG/SVG export (buttons and context menu,
 * through {@link Dialogs}, rendered on a worker from a fresh copy of the chart so the on-screen one
 * is never drawn from two threads), reset zoom, pan with Ctrl- or Alt-drag, wheel zoom, box zoom by
 * dragging, and plot clicks reported in data-area coordinates. The chart's text follows the text zoom
 * (Ctrl+Plus / Ctrl+Minus, presentation mode): the pane's own font, inherited from the scene root, sets
 * the factor {@link ChartFonts} scales titles, legend, axes and annotations by. FX thread only.
 */
public final class ChartPane extends BorderPane {

    private final ChartViewer viewer = new ChartViewer(null);
    private final Dialogs dialogs;
    private final FxTaskRunner tasks;
    private final String fileStem;
    private final Label status = new Label();
    private Supplier<JFreeChart> exportCopy;
    private BiConsumer<Rectangle2D, Point2D> onPlotClick;
    private final ChartFonts fonts = new ChartFonts();
    private final Button reset;
    private final org.jfree.chart.event.ChartChangeListener followChanges = e -> scaleText();
    private boolean scaling;

    /** @param id node id prefix ({@code id-png}, {@code id-svg}, …) and suggested export file name */
    public ChartPane(String id, Dialogs dialogs, FxTaskRunner tasks) {
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.fileStem = id;
        setId(id);
        viewer.setId(id + "-viewer");
        viewer.getProperties().put(ChartZoom.OWNED, Boolean.TRUE); // this pane follows the zoom itself
        viewer.getCanvas().addMouseHandler(new PanHandlerFX("pan-ctrl", false, true, false, false));
        viewer.getContextMenu().getItems().setAll(menuItem("Export PNG…", () -> export("png")),
                menuItem("Export SVG…", () -> export("svg")), menuItem("Reset zoom", this::resetZoom));
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override public void chartMouseClicked(ChartMouseEventFX e) { clicked(e); }
            @Override public void chartMouseMoved(ChartMouseEventFX e) { }
        });
        Button png = button(id + "-png", "PNG…", "Export this chart as PNG", () -> export("png"));
        Button svg = button(id + "-svg", "SVG…", "Export this chart as SVG", () -> export("svg"));
        reset = button(id + "-reset", "Reset zoom", "Back to the full data range", this::resetZoom);
        Label hint = new Label("wheel: zoom · drag: zoom to box · Ctrl/Alt+drag: pan");
        hint.getStyleClass().add("muted");
        hint.setStyle("-fx-font-size: 0.85em;"); // em: follows the text zoom
        status.setId(id + "-status");
        status.getStyleClass().add("muted");
        status.setStyle("-fx-font-size: 0.85em;");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(6, hint, gap, status, reset, png, svg);
        bar.setPadding(new Insets(2, 4, 2, 4));
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        setTop(bar);
        setCenter(viewer);
        reset.fontProperty().addListener(o -> scaleText()); // the reset button has the root's font size
        viewer.heightProperty().addListener(o -> scaleText()); // how much of the zoom fits depends on it
    }

    /** Puts a control of the owning screen first in this pane's tool bar (where it stays visible). */
    public void addToBar(javafx.scene.Node control) {
        ((HBox) getTop()).getChildren().add(0, control);
    }

    /** The text zoom factor this pane's chart is drawn at: its font size against the themes' 13 px. */
    public double textFactor() {
        return reset.getFont().getSize() / ChartFonts.BASE_PX;
    }

    private void scaleText() {
        if (scaling) return; // our own font changes fire chart events too
        scaling = true;
        try {
            fonts.apply(viewer.getChart(), ChartFonts.fit(textFactor(), viewer.getHeight()));
        } finally {
            scaling = false;
        }
    }

    /**
     * Shows {@code chart}. {@code exportCopy} must build an equivalent chart from the same
     * immutable data (called on the FX thread at export time; the current zoom is carried over).
     */
    public void show(JFreeChart chart, Supplier<JFreeChart> exportCopy) {
        this.exportCopy = exportCopy;
        JFreeChart old = viewer.getChart();
        if (old != chart) {
            if (old != null) old.removeChangeListener(followChanges);
            fonts.clear();
            if (chart != null) chart.addChangeListener(followChanges); // subtitles or markers added later
        }
        viewer.setChart(chart);
        scaleText();
    }

    public JFreeChart chart() { return viewer.getChart(); }
    public ChartViewer viewer() { return viewer; }

    /** Data area of the last drawing, in canvas coordinates (null before the first draw at a real size). */
    public Rectangle2D dataArea() {
        var info = viewer.getCanvas().getRenderingInfo();
        Rectangle2D a = info == null ? null : info.getPlotInfo().getDataArea();
        return a == null || a.isEmpty() ? null : a;
    }

    /** Called with (data area, click position in canvas coordinates) for plain clicks on the chart. */
    public void setOnPlotClick(BiConsumer<Rectangle2D, Point2D> handler) {
        this.onPlotClick = handler;
    }

    private void clicked(ChartMouseEventFX e) {
        // A box zoom or a pan also ends in a click event; only a still click selects.
        if (onPlotClick == null || !e.getTrigger().isStillSincePress()) return;
        onPlotClick.accept(dataArea(), new Point2D(e.getTrigger().getX(), e.getTrigger().getY()));
    }

    public void resetZoom() {
        JFreeChart c = viewer.getChart();
        if (c == null) return;
        Plot p = c.getPlot();
        if (p instanceof XYPlot xy) {
            xy.getDomainAxis().setAutoRange(true);
            xy.getRangeAxis().setAutoRange(true);
        } else if (p instanceof CategoryPlot cp) {
            cp.getRangeAxis().setAutoRange(true);
        }
    }

    /** Asks for a file and writes the chart; the returned future completes with the file (or is cancelled). */
    public CompletableFuture<Path> export(String format) {
        if (viewer.getChart() == null || exportCopy == null) return CompletableFuture.completedFuture(null);
        var file = dialogs.saveFile("Export chart as " + format.toUpperCase(java.util.Locale.ROOT),
                fileStem + "." + format, List.of("*." + format));
        if (file.isEmpty()) return CompletableFuture.completedFuture(null);
        Path target = withExtension(file.get(), format);
        JFreeChart copy = exportCopy.get();
        carryZoom(viewer.getChart().getPlot(), copy.getPlot());
        int w = (int) Math.max(800, viewer.getWidth()), h = (int) Math.max(560, viewer.getHeight());
        return tasks.run("Export " + target.getFileName(), pm -> {
            if (format.equals("svg")) ChartExport.svg(copy, w, h, target); else ChartExport.png(copy, w, h, target);
            return target;
        }, p -> status.setText("saved " + p.getFileName()));
    }

    private static Path withExtension(Path p, String ext) {
        String n = p.getFileName().toString();
        return n.toLowerCase(java.util.Locale.ROOT).endsWith("." + ext) ? p : p.resolveSibling(n + "." + ext);
    }

    private static void carryZoom(Plot from, Plot to) {
        if (from instanceof XYPlot a && to instanceof XYPlot b) {
            b.getDomainAxis().setRange(a.getDomainAxis().getRange());
            b.getRangeAxis().setRange(a.getRangeAxis().getRange());
        } else if (from instanceof CategoryPlot a && to instanceof CategoryPlot b) {
            b.getRangeAxis().setRange(a.getRangeAxis().getRange());
        }
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static MenuItem menuItem(String text, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setOnAction(e -> action.run());
        return m;
    }
}
