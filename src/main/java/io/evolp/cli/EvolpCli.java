package io.evolp.cli;

import io.evolp.core.InvalidInputException;
import io.evolp.core.SafeText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

/**
 * The headless face of EvoLP Workbench: every computation the GUI shows can be run from here.
 * Exit codes: 0 success, 1 bad input or failed computation, 2 wrong usage.
 */
@Command(name = "evolp", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        versionProvider = VersionInfo.class,
        description = "EvoLP Workbench command line: layer-wise latency data, latency predictors and "
                + "latency-budget model compression.",
        subcommands = {PlanCommand.class, SimulateCommand.class, TrainCommand.class, EvaluateCommand.class,
                ValidateCommand.class, PredictCommand.class, EvolveCommand.class, CompressCommand.class, ModelCommand.class, BenchCommand.class,
                EvolveEvalCommand.class, AccuracyCommand.class,
                ProjectCommand.class,
                MeasureCommand.class, MeasureModelCommand.class, AgentCommand.class,
                PruneCommand.class, MeasureOnnxCommand.class,
                CommandLine.HelpCommand.class})
public final class EvolpCli implements Runnable {

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces and every input problem.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // The spec's own CommandLine, so the message goes to the streams run() was given.
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs with the given streams (tests capture them). */
    public static int run(PrintWriter rawOut, PrintWriter rawErr, String... args) {
        PrintWriter out = new PrintWriter(new EscapingWriter(rawOut), true);
        PrintWriter err = new PrintWriter(new EscapingWriter(rawErr), true);
        CommandLine cl = new CommandLine(new EvolpCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            boolean verbose = parseResult.originalArgs().contains("--verbose");
            cmd.getErr().println("evolp: " + describe(ex));
            if (verbose) {
                if (ex instanceof InvalidInputException iie) {
                    iie.problems().forEach(p -> cmd.getErr().println("  " + p.describe()));
                }
                ex.printStackTrace(cmd.getErr());
            }
            cmd.getErr().flush();
            return 1;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // picocli hands only Exceptions to the handler above; an Error would print a raw trace.
            err.println("evolp: " + describe(e));
            if (java.util.Arrays.asList(args).contains("--verbose")) e.printStackTrace(err);
            code = 1;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** One line naming the problem in the user's terms, control characters escaped; no stack trace. */
    static String describe(Throwable ex) {
        return SafeText.escape(Messages.describe(ex));
    }
}
