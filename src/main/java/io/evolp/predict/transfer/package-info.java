/**
 * Transfer to a new device (issue 14): a predictor of another device (the source) corrected with a
 * few rows measured on the target — a global scale, per-family scales shrunk towards it, a log-linear
 * map, boosted trees on the remaining ratio, or trees that take the source prediction as a feature —
 * chosen by cross-validation on the target rows. Stored as kind {@code transfer} through
 * {@link io.evolp.predict.StoredKind}, the source predictor embedded.
 */
package io.evolp.predict.transfer;
