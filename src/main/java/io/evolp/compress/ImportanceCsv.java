package io.evolp.compress;

import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import io.evolp.core.ModelSpec;
import io.evolp.core.zoo.Architecture;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CSV form of an importance file ({@code layer,channel,gamma}; see {@link ImportanceFiles}).
 * Plain comma splitting: layer names contain no commas or quotes, and a γ table is machine-written.
 */
final class ImportanceCsv {

    private ImportanceCsv() {
    }

    static ChannelImportance parse(String text, String file, ModelSpec base) {
        Architecture a = ImportanceFiles.architecture(base, file);
        List<String> names = a.prunableNames();
        String[] lines = text.split("\r?\n", -1);
        int headerLine = 0;
        while (headerLine < lines.length && lines[headerLine].isBlank()) headerLine++;
        if (headerLine == lines.length) throw fail(file, 0, 0, null, "empty file: expected a header layer,channel,gamma");
        String[] header = lines[headerLine].split(",", -1);
        int layerCol = column(header, "layer"), channelCol = column(header, "channel"), gammaCol = column(header, "gamma");
        if (layerCol < 0 || channelCol < 0 || gammaCol < 0) {
            throw fail(file, headerLine + 1, 0, null, "expected a header with the columns layer,channel,gamma, got '"
                    + lines[headerLine].trim() + "'");
        }
        int needed = Math.max(layerCol, Math.max(channelCol, gammaCol)) + 1;
        double[][] values = new double[names.size()][];
        boolean[][] set = new boolean[names.size()][];
        int[] firstLine = new int[names.size()];
        for (int li = headerLine + 1; li < lines.length; li++) {
            if (lines[li].isBlank()) continue;
            int lineNo = li + 1;
            String[] f = lines[li].split(",", -1);
            if (f.length < needed) {
                throw fail(file, lineNo, 0, null, "expected " + header.length + " fields (layer,channel,gamma), got " + f.length);
            }
            String key = f[layerCol].trim();
            int i = ChannelImportance.layerIndex(names, key);
            if (i < 0) throw fail(file, lineNo, layerCol + 1, "layer", "unknown layer '" + key + "': " + ImportanceFiles.knownLayers(a));
            String label = ChannelImportance.label(names, i);
            int width = base.widths().get(i);
            if (values[i] == null) {
                values[i] = new double[width];
                set[i] = new boolean[width];
                firstLine[i] = lineNo;
            }
            int channel;
            try {
                channel = Integer.parseInt(f[channelCol].trim());
            } catch (NumberFormatException e) {
                throw fail(file, lineNo, channelCol + 1, "channel", "layer " + label + ": channel must be an integer, got '" + f[channelCol].trim() + "'");
            }
            if (channel < 0 || channel >= width) {
                throw fail(file, lineNo, channelCol + 1, "channel", "layer " + label + " has " + width
                        + " channels in the model (0–" + (width - 1) + "), got channel " + channel);
            }
            if (set[i][channel]) throw fail(file, lineNo, channelCol + 1, "channel", "layer " + label + " channel " + channel + " is given twice");
            double g;
            try {
                g = Double.parseDouble(f[gammaCol].trim());
            } catch (NumberFormatException e) {
                g = Double.NaN;
            }
            if (!Double.isFinite(g)) {
                throw fail(file, lineNo, gammaCol + 1, "gamma", "layer " + label + " channel " + channel
                        + ": γ must be a finite number, got '" + f[gammaCol].trim() + "'");
            }
            values[i][channel] = g;
            set[i][channel] = true;
        }
        Map<String, double[]> byLayer = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String label = ChannelImportance.label(names, i);
            if (values[i] == null) {
                throw fail(file, 0, 0, null, "missing layer " + label + ": every prunable layer of " + a.id() + " needs its γ vector");
            }
            int count = 0, firstMissing = -1;
            for (int c = 0; c < set[i].length; c++) {
                if (set[i][c]) count++;
                else if (firstMissing < 0) firstMissing = c;
            }
            if (firstMissing >= 0) {
                throw fail(file, firstLine[i], layerCol + 1, "layer", "layer " + label + " has " + count + " γ values but "
                        + set[i].length + " channels in the model (channel " + firstMissing + " is missing)");
            }
            byLayer.put(names.get(i), values[i]);
        }
        return ChannelImportance.of(base, byLayer, file);
    }

    private static int column(String[] header, String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].trim().toLowerCase(Locale.ROOT).equals(name)) return i;
        }
        return -1;
    }

    private static InvalidInputException fail(String file, int line, int col, String colName, String message) {
        return new InvalidInputException(new InputProblem(file, line, col, colName, message));
    }
}
