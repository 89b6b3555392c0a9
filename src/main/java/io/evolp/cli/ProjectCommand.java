package io.evolp.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code evolp project}: reads a workbench project file ({@code *.evolp.json}) without the GUI. */
@Command(name = "project", description = "Show or export a workbench project file (*.evolp.json).",
        subcommands = {ProjectShowCommand.class, ProjectExportCommand.class})
final class ProjectCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: show or export");
    }
}
