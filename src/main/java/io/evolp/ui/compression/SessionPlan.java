package io.evolp.ui.compression;

/** Everything needed to start a compression session with the screen's current settings. */
record SessionPlan(Prepared prepared, double budgetMs, int maxMeasurements, SourceChoice source) {
}
