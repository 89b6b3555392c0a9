package io.evolp.ui.workspace;

/**
 * Settings another part of the workbench (the welcome screen's "Start from a built-in architecture"
 * and classroom demo) applies to the Compression screen in one go, through
 * {@link CompressionScreen#apply}. A null field leaves that setting as it is.
 *
 * @param model          a built-in architecture id ({@code vgg16}, …)
 * @param source         a measurement-source spec listed by the workspace ({@code simulated:tx2}, …)
 * @param predictor      the name of a predictor in the workspace
 * @param budgetShare    the budget as a share of the full model's predicted latency (0.05–1)
 * @param demoImportance use the seeded demo γ (per-layer pruning, as in the paper) instead of uniform widths
 * @param paceSeconds    classroom pace: seconds to wait between automatic measurements (0–3)
 */
public record CompressionPreset(String model, String source, String predictor, Double budgetShare,
                                boolean demoImportance, Double paceSeconds) {
}
