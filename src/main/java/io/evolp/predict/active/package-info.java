/**
 * Active sampling (issue 14): which layers to measure next on a new device — a greedy integrated-variance
 * design over the layers' standardised inputs (the most representative layers first, spread over the pool
 * by its density), each layer's variance weighted by the disagreement of the transfer candidates fitted on
 * what was measured so far.
 */
package io.evolp.predict.active;
