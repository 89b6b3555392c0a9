/**
 * Active sampling (issue 14): which layers to measure next on a new device — picks shared over
 * families (key × channel alignment), within a family the most representative layers (greedy
 * facility location over log channels, channel residues and the source's predicted latency), the
 * layers weighted by the disagreement of the transfer candidates fitted on what was measured so far.
 */
package io.evolp.predict.active;
