package io.evolp.measure.campaign;

import java.time.Duration;

/** Human text for durations and the one-line progress of a campaign. */
public final class Eta {

    private Eta() {
    }

    /** "850 ms", "12 s", "4 min 05 s", "1 h 02 min". */
    public static String format(Duration d) {
        if (d == null) return "?";
        long ms = d.toMillis();
        if (ms < 1000) return ms + " ms";
        long s = d.toSeconds();
        if (s < 60) return s + " s";
        if (s < 3600) return String.format(java.util.Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        return String.format(java.util.Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }

    /** A layer in a few characters: "56² 128→256 k3×3 s1 p1", with " dw" for depthwise, " g4" for other groups, " +b" for bias. */
    public static String layer(io.evolp.core.LayerConfig c) {
        StringBuilder sb = new StringBuilder();
        sb.append(c.inputSize()).append("² ").append(c.cin()).append('→').append(c.cout())
                .append(" k").append(c.kh()).append('×').append(c.kw())
                .append(" s").append(c.sh()).append(c.sw() == c.sh() ? "" : "×" + c.sw())
                .append(" p").append(c.ph()).append(c.pw() == c.ph() ? "" : "×" + c.pw());
        if (c.depthwise()) sb.append(" dw");
        else if (c.groups() > 1) sb.append(" g").append(c.groups());
        if (c.bias()) sb.append(" +b");
        return sb.toString();
    }

    /** "row 13 of 300 (5 resumed, 1 failed) · 0.82 s/row · ETA 4 min 03 s · measuring …". */
    public static String line(CampaignProgress p) {
        StringBuilder sb = new StringBuilder();
        int next = Math.min(p.planRows(), p.done() + p.failed() + (p.state() == CampaignProgress.State.MEASURING ? 1 : 0));
        sb.append("row ").append(next).append(" of ").append(p.planRows());
        if (p.resumed() > 0 || p.failed() > 0) {
            sb.append(" (");
            if (p.resumed() > 0) sb.append(p.resumed()).append(" resumed");
            if (p.resumed() > 0 && p.failed() > 0) sb.append(", ");
            if (p.failed() > 0) sb.append(p.failed()).append(" failed");
            sb.append(')');
        }
        if (p.meanPerRow() != null) {
            sb.append(" · ").append(String.format(java.util.Locale.ROOT, "%.2f s/row", p.meanPerRow().toNanos() / 1e9));
            sb.append(" · ETA ").append(format(p.remaining()));
        }
        if (p.message() != null && !p.message().isEmpty()) sb.append(" · ").append(p.message());
        return sb.toString();
    }
}
