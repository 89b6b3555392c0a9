package io.evolp.predict;

/**
 * One line of a cross-validation table recorded in hybrid and auto predictor files: a candidate
 * and its out-of-fold accuracy on the training rows (MAPE and ±10 % accuracy, both in %).
 */
public record CvRow(String candidate, double mape, double acc10) {
}
