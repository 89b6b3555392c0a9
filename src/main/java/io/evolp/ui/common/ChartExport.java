package io.evolp.ui.common;

import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.JFreeChart;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.evolp.io.AtomicFiles;

/**
 * PNG and SVG export of JFreeChart charts. Both draw the chart through Java2D at the requested
 * size, independent of the on-screen viewer, so they work headless and off the FX thread (render
 * from a copy of the data, never from a dataset the screen is changing).
 */
public final class ChartExport {

    private ChartExport() {
    }

    public static void png(JFreeChart chart, int width, int height, Path file) throws IOException {
        BufferedImage img = chart.createBufferedImage(width, height);
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(img, "png", out)) throw new IOException("no PNG writer available");
        });
    }

    public static void svg(JFreeChart chart, int width, int height, Path file) throws IOException {
        org.w3c.dom.Document doc;
        try {
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IOException("no XML document builder: " + e.getMessage(), e);
        }
        SVGGraphics2D g = new SVGGraphics2D(doc);
        g.setSVGCanvasSize(new java.awt.Dimension(width, height));
        chart.draw(g, new Rectangle(0, 0, width, height));
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            g.stream(w, true);
            w.flush();
        });
    }

    /** By the file's extension: .svg → SVG, anything else → PNG. */
    public static void write(JFreeChart chart, int width, int height, Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
            svg(chart, width, height, file);
        } else {
            png(chart, width, height, file);
        }
    }
}
