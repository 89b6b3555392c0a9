package io.evolp.cli;

/** Placeholder; replaced by the picocli command line. */
public final class EvolpCli {
    private EvolpCli() {
    }

    public static int run(String[] args) {
        return 0;
    }
}
