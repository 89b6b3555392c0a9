/**
 * Active sampling (issue 14): which layers to measure next on a new device — coverage of keys,
 * channel ranges and channel residues (farthest-point selection), weighted by the disagreement of
 * the transfer candidates fitted on what was measured so far.
 */
package io.evolp.predict.active;
