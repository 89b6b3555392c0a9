package io.evolp.io.project;

import io.evolp.io.RawJson;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The project file ({@code *.evolp.json}) as data-binding records, one per JSON object, in the shape
 * the workbench has always written:
 * <pre>
 * {"type":"evolp-project", "format":1,
 *  "view_settings":{…strings…}, "sources":["simulated:tx2", "replay:/abs/runs.jsonl", …],
 *  "models":[{"name":…, "path":…, "model":{…model JSON…}}],
 *  "sessions":[{"name":…, "session":{…session JSON…}}],
 *  "predictors":[{"name":…, "dataset":…, "test_fraction":0.2, "seed":1, "predictor":{…predictor JSON…},
 *                 "test_rows":[…], "metrics":{…}}],
 *  "datasets":[{"name":…, "path":"data/x.csv", "absolute_path":"/…/x.csv", "device":…, "rows":…,
 *               "total_problems":…, "problems":[…], "embedded":{…column form…}}]}
 * </pre>
 * Embedded predictor, session and model JSON belong to other formats; they are carried as
 * {@link RawJson} text and decoded by their own readers. Small sections come first so a cut-off
 * file loses as little as possible. Read by {@link ProjectFileReader}, written by {@link ProjectFileWriter}.
 */
public final class ProjectFile {

    public static final String TYPE = "evolp-project";
    public static final int FORMAT = 1;
    /** Suggested extension; any .json file with the type marker opens. */
    public static final String EXTENSION = ".evolp.json";

    private ProjectFile() {
    }

    /** Everything a project holds, in file order. */
    @JsonPropertyOrder({"type", "format", "view_settings", "sources", "models", "sessions", "predictors", "datasets"})
    public record Contents(@JsonProperty("view_settings") Map<String, String> viewSettings,
                           List<String> sources, List<Model> models, List<Session> sessions,
                           List<Predictor> predictors, List<Dataset> datasets) {

        @JsonProperty("type")
        public String type() { return TYPE; }

        @JsonProperty("format")
        public int format() { return FORMAT; }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Model(@JsonProperty(value = "name", required = true) String name,
                        String path,
                        @JsonProperty(value = "model", required = true) RawJson model) {
    }

    public record Session(@JsonProperty(value = "name", required = true) String name,
                          @JsonProperty(value = "session", required = true) RawJson session) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "dataset", "test_fraction", "seed", "predictor", "test_rows", "metrics"})
    public record Predictor(@JsonProperty(value = "name", required = true) String name,
                            String dataset,
                            @JsonProperty("test_fraction") double testFraction,
                            long seed,
                            @JsonProperty(value = "predictor", required = true) RawJson predictor,
                            @JsonProperty("test_rows") int[] testRows,
                            Metrics metrics) {
    }

    /** Written for people reading the file; on open the accuracy is recomputed from {@code test_rows}. */
    @JsonPropertyOrder({"n", "rmse_ms", "mape", "acc5", "acc10", "spearman", "worst"})
    public record Metrics(int n, @JsonProperty("rmse_ms") double rmseMs, double mape, double acc5, double acc10,
                          double spearman, double worst) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "path", "absolute_path", "device", "rows", "total_problems", "problems", "embedded"})
    public record Dataset(@JsonProperty(value = "name", required = true) String name,
                          String path,
                          @JsonProperty("absolute_path") String absolutePath,
                          String device,
                          @JsonProperty(value = "rows", required = true) int rows,
                          @JsonProperty("total_problems") Integer totalProblems,
                          List<Problem> problems,
                          Columns embedded) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"file", "line", "column", "column_name", "message"})
    public record Problem(String file, int line, int column, @JsonProperty("column_name") String columnName,
                          @JsonProperty(value = "message", required = true) String message) {
    }

    /**
     * A dataset's rows as one array per column (so a reopened dataset has the same rows bit for bit:
     * doubles in shortest round-trip form), plus the extra CSV columns by name.
     */
    @JsonPropertyOrder({"device", "rows", "input_size", "cin", "cout", "kh", "kw", "sh", "sw", "ph", "pw", "groups",
            "line", "bias", "latency", "extras"})
    public record Columns(@JsonProperty(value = "device", required = true) String device,
                          @JsonProperty(value = "rows", required = true) int rows,
                          @JsonProperty(value = "input_size", required = true) int[] inputSize,
                          @JsonProperty(value = "cin", required = true) int[] cin,
                          @JsonProperty(value = "cout", required = true) int[] cout,
                          @JsonProperty(value = "kh", required = true) int[] kh,
                          @JsonProperty(value = "kw", required = true) int[] kw,
                          @JsonProperty(value = "sh", required = true) int[] sh,
                          @JsonProperty(value = "sw", required = true) int[] sw,
                          @JsonProperty(value = "ph", required = true) int[] ph,
                          @JsonProperty(value = "pw", required = true) int[] pw,
                          @JsonProperty(value = "groups", required = true) int[] groups,
                          @JsonProperty(value = "line", required = true) int[] line,
                          @JsonProperty(value = "bias", required = true) boolean[] bias,
                          @JsonProperty(value = "latency", required = true) double[] latency,
                          LinkedHashMap<String, List<String>> extras) {
    }
}
