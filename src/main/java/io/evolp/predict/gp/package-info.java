/**
 * Gaussian-process regression for few measured layers: an ARD squared-exponential kernel over log
 * layer sizes, hyperparameters by maximum marginal likelihood ({@link io.evolp.predict.gp.GaussianProcess}),
 * minimised with a small L-BFGS ({@link io.evolp.predict.gp.Lbfgs}). No JavaFX, no I/O.
 */
package io.evolp.predict.gp;
