package io.evolp.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Refuses an output that is one of the same command's inputs ({@code train --data X.csv --out X.csv}
 * used to replace the dataset with predictor JSON). Compared as files, so a symbolic link, a hard
 * link or another spelling of the path ({@code ./X.csv}, {@code dir/../X.csv}) is caught too.
 */
final class OutputGuard {

    private OutputGuard() {
    }

    /**
     * @param outOption  the output option's name, for the message ("--out")
     * @param inputs     alternating option name and path ("--data", dataPath, …); null paths are skipped
     */
    static void check(String outOption, Path out, Object... inputs) throws IOException {
        if (out == null) return;
        for (int i = 0; i + 1 < inputs.length; i += 2) {
            Path in = (Path) inputs[i + 1];
            if (in != null && same(out, in)) {
                throw new IllegalArgumentException(outOption + " " + out + " is the input " + inputs[i] + " " + in
                        + " of this command: writing it would destroy the input; choose another output file");
            }
        }
    }

    private static boolean same(Path out, Path in) throws IOException {
        if (Files.exists(out) && Files.exists(in)) return Files.isSameFile(out, in);
        // An output that does not exist yet cannot be an existing input, but may still be the same
        // name spelled differently (an input that is a built-in id such as "vgg16" is no file).
        return out.toAbsolutePath().normalize().equals(in.toAbsolutePath().normalize()) && Files.exists(in);
    }
}
