package io.evolp.cli;

import io.evolp.core.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;

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
                EvolveEvalCommand.class,
                MeasureCommand.class, MeasureModelCommand.class, AgentCommand.class,
                CommandLine.HelpCommand.class})
public final class EvolpCli implements Runnable {

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces and every input problem.")
    boolean verbose;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "Missing command");
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs with the given streams (tests capture them). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
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
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** One line naming the problem; no stack trace. */
    static String describe(Throwable ex) {
        if (ex instanceof NoSuchFileException nsf) return "file not found: " + nsf.getFile();
        if (ex instanceof java.nio.file.AccessDeniedException ade) return "permission denied: " + ade.getFile();
        if (ex instanceof IOException io) return "I/O error: " + (io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage());
        if (ex instanceof OutOfMemoryError) return "out of memory — give the JVM more heap (java -Xmx…)";
        String msg = ex.getMessage();
        return msg == null || msg.isBlank() ? ex.getClass().getSimpleName() : msg;
    }
}
