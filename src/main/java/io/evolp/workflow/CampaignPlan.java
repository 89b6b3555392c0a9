package io.evolp.workflow;

import io.evolp.core.LayerConfig;
import io.evolp.core.SamplingPlan;
import io.evolp.core.zoo.Zoo;
import io.evolp.io.DatasetCsvReader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The rows a measurement campaign measures: a plan CSV ({@code evolp plan}'s output, what
 * {@code evolp measure --plan} takes), or the sampling plan of a built-in architecture generated on
 * the spot (the Devices screen's campaign offers both).
 *
 * @param file    the plan CSV, or null for a generated plan
 * @param arch    the built-in architecture whose plan is generated (file == null)
 * @param samples the sample budget of a generated plan
 */
public record CampaignPlan(Path file, String arch, int samples) {

    public CampaignPlan {
        if (file == null && (arch == null || samples < 1)) {
            throw new IllegalArgumentException("a generated plan needs an architecture and at least one sample");
        }
    }

    public static CampaignPlan file(Path f) { return new CampaignPlan(f, null, 0); }

    public static CampaignPlan generated(String arch, int samples) { return new CampaignPlan(null, arch, samples); }

    /**
     * The plan's rows, in plan order.
     *
     * @throws IOException              when the plan file cannot be read
     * @throws io.evolp.core.InvalidInputException when a plan row is bad (file, line, column)
     */
    public List<LayerConfig> rows() throws IOException {
        return file != null ? DatasetCsvReader.readPlan(file) : SamplingPlan.plan(Zoo.model(arch, null), samples);
    }

    /** "plan.csv", or "sampling plan of vgg16 (300 rows asked)". */
    public String describe() {
        return file != null ? file.getFileName().toString() : "sampling plan of " + arch + " (" + samples + " rows asked)";
    }
}
