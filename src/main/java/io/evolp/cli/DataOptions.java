package io.evolp.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options every command that reads a layer dataset shares. */
final class DataOptions {

    @Option(names = "--data", required = true, paramLabel = "D.csv", description = "Layer dataset CSV (EvoLP layout).")
    Path data;

    @Option(names = "--device", paramLabel = "NAME",
            description = "Device name when the file has no device column (default: the file name).")
    String device;

    @Option(names = "--skip-bad-rows", description = "Use the valid rows of a file with bad rows (reported on stderr).")
    boolean skipBadRows;
}
