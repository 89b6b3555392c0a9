/** Learning curves: accuracy against the number of training rows, for every predictor kind and for transfer. */
package io.evolp.predict.curve;
