package io.evolp;

import io.evolp.cli.EvolpCli;

/**
 * Entry point of {@code evolp.jar}. With a command it runs the headless command line; without one
 * it starts the workbench. It must not extend {@code javafx.application.Application}: JavaFX is on
 * the classpath (not the module path), and the JavaFX launcher refuses such a main class.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            io.evolp.ui.WorkbenchApp.launchApp(args);
        } else {
            System.exit(EvolpCli.run(args));
        }
    }
}
