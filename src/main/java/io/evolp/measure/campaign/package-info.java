/**
 * Measurement campaigns: a sampling plan run row by row on any
 * {@link io.evolp.measure.MeasurementSource}, each finished row appended and flushed to the dataset
 * CSV (raw statistics and runtime facts to a {@code <out>.raw.jsonl} sidecar), resumable after a kill
 * at any moment, with progress, ETA, cancellation and waiting out a lost device.
 *
 * <p>Rounds are realised by the source, per row: the local device runs every row in
 * {@code rounds} fresh ONNX Runtime sessions, back to back, and reports the median over all runs.
 * The campaign adds a seeded shuffle of the row order (so slow drift and background load spread over
 * every configuration key instead of one contiguous block). Campaign-level passes over the whole plan
 * would decorrelate slow load better, but a row would then be finished only in the last pass and a
 * resumed campaign would have to restore half-finished rows from the sidecar; kept simple on purpose.
 */
package io.evolp.measure.campaign;
