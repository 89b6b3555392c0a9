package io.evolp.io.project;

/**
 * One element of a list in a project file and where it starts, so whoever decodes it further (a
 * predictor, a dataset's CSV) can name the line and column of the entry that failed.
 *
 * @param index 1-based position in its list
 */
public record Located<T>(T value, int line, int column, int index) {
}
