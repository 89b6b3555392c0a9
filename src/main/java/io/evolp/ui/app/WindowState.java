package io.evolp.ui.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.io.Json;

/** Main window geometry as remembered between runs (the size before maximising, and whether it was). */
public record WindowState(double x, double y, double width, double height, boolean maximized) {

    ObjectNode toJson() {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("x", x);
        o.put("y", y);
        o.put("width", width);
        o.put("height", height);
        o.put("maximized", maximized);
        return o;
    }

    /** Null when absent or implausible (a window cannot be smaller than 200 × 150). */
    static WindowState fromJson(JsonNode o) {
        if (o == null || !o.isObject()) return null;
        double w = o.path("width").asDouble(0), h = o.path("height").asDouble(0);
        if (!(w >= 200 && h >= 150) || !Double.isFinite(w) || !Double.isFinite(h)) return null;
        double x = o.path("x").asDouble(Double.NaN), y = o.path("y").asDouble(Double.NaN);
        return new WindowState(x, y, w, h, o.path("maximized").asBoolean(false));
    }
}
