package io.evolp.workflow.adaptive;

/**
 * One point of an adaptive campaign's learning curve: after {@code rows} measured rows, the
 * cross-validated error of the predictor retrained on them ({@link CvScore}).
 *
 * @param cvMape    out-of-fold MAPE in %; NaN when too few rows to cross-validate
 * @param cvAcc10   out-of-fold share within ±10 %, in %; NaN likewise
 * @param spread    median disagreement of the transfer candidates over the layers not yet measured
 *                  (standard deviation of their log predictions × 100, ≈ %); NaN without a source device
 * @param predictor what was trained, e.g. "auto → gbt" or "transfer → source+family-scale"
 */
public record CurvePoint(int rows, double cvMape, double cvAcc10, double spread, String predictor) {
}
