package io.evolp.cli;

import io.evolp.core.LayerDataset;
import io.evolp.predict.AutoPredictor;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.PredictorStore;
import io.evolp.predict.Predictors;
import io.evolp.predict.TrainOptions;
import io.evolp.predict.transfer.TransferOrScratch;
import io.evolp.predict.transfer.TransferPredictor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code evolp train}: trains one predictor kind on one device's layer dataset. */
@Command(name = "train", description = "Train a latency predictor (auto, evolp, gbt, gp, hybrid, forest, lut or flops) on a layer dataset.")
final class TrainCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin DataOptions input;

    @Option(names = "--predictor", required = true, paramLabel = "KIND",
            description = "auto (chosen by cross-validation on these rows), evolp (per-key MLP, the paper, global trees as fallback), "
                    + "gbt (gradient-boosted trees on log latency), hybrid (evolp nets + trees, variant by CV), "
                    + "forest (random forest on log latency), lut (lookup table), flops (linear in MACs).")
    String kind;

    @Option(names = "--seed", defaultValue = "42", description = "Training seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "P.json")
    Path out;

    @Option(names = "--base", paramLabel = "SOURCE.json|SOURCE.csv",
            description = "Transfer from another device: its predictor file (or layer dataset, then trained with gbt) "
                    + "corrected with the rows of --data; the method is chosen by cross-validation on those rows "
                    + "(with --predictor auto or transfer).")
    Path base;

    @Override
    public Integer call() throws Exception {
        OutputGuard.check("--out", out, "--data", input.data);
        LayerDataset data = Inputs.dataset(input.data, input.device, input.skipBadRows, spec.commandLine().getErr());
        if (base != null) return transfer(data);
        long t0 = System.nanoTime();
        LatencyPredictor p = ConsoleJobs.run("train " + kind,
                pm -> Predictors.train(kind, data, TrainOptions.defaults().withSeed(seed), pm));
        double seconds = (System.nanoTime() - t0) / 1e9;
        PredictorStore.save(p, out);
        spec.commandLine().getOut().printf("Trained %s on %d rows of device '%s' in %.2f s -> %s%n",
                p.kind(), data.size(), p.device(), seconds, out);
        if (p instanceof AutoPredictor auto) spec.commandLine().getOut().print(auto.describe());
        return 0;
    }

    private int transfer(LayerDataset data) throws Exception {
        if (!kind.equals(AutoPredictor.KIND) && !kind.equals(TransferPredictor.KIND)) {
            throw new IllegalArgumentException("--base needs --predictor auto or transfer (the method is chosen by "
                    + "cross-validation on the target rows), was '" + kind + "'");
        }
        OutputGuard.check("--out", out, "--base", base);
        TrainOptions opts = TrainOptions.defaults().withSeed(seed);
        long t0 = System.nanoTime();
        TransferOrScratch.Choice c = ConsoleJobs.run("transfer",
                pm -> TransferSource.train(base, data, opts, spec.commandLine().getErr(), pm));
        double seconds = (System.nanoTime() - t0) / 1e9;
        LatencyPredictor p = c.predictor();
        PredictorStore.save(p, out);
        PrintWriter o = spec.commandLine().getOut();
        o.printf("Trained %s on %d rows of device '%s' in %.2f s -> %s%n", c.scratchChosen() ? "auto" : "transfer",
                data.size(), p.device(), seconds, out);
        o.println(c.summary());
        o.print(c.transfer().describe());
        if (c.scratchChosen()) o.print(c.scratch().describe());
        return 0;
    }
}
