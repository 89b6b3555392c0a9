// Issue 10, simulated devices: how the compression session's final widths compare with their TRUE
// (noise-free) latency, over many seeded sessions — what compress-sim.sh can only approach by
// re-measuring. For each session: state, measurements, the session's estimate, the true latency and a
// compress-sim-style re-measurement (5 fresh seeds × 9 runs, median), all as × budget, and the
// estimate's z-score against the truth. Numbers are simulated, never measurements of hardware.
//
//   java -cp target/evolp.jar packaging/checks/CompressTruth.java ARCH tx2|nano PREDICTOR.json PCT SESSIONS [SEED-BLOCK]
//   (PREDICTOR: `evolp train --data sample-data/ARCH-simulated-DEV.csv --predictor evolp --out P.json`)
import io.evolp.compress.*;
import io.evolp.core.*;
import io.evolp.core.zoo.Zoo;
import io.evolp.evolve.*;
import io.evolp.measure.*;
import io.evolp.measure.sim.*;
import java.nio.file.Path;
import java.util.*;

public class CompressTruth {
  public static void main(String[] a) throws Exception {
    String arch = a[0]; DeviceProfile prof = DeviceProfile.parse(a[1]); Path pred = Path.of(a[2]);
    double pct = Double.parseDouble(a[3]); int n = Integer.parseInt(a[4]); long seed0 = a.length > 5 ? Long.parseLong(a[5]) : 1;
    EvolvingPredictor p = EvolvingPredictorJson.load(pred, Corrections.DEFAULT);
    ModelSpec base = Zoo.model(arch, null);
    double full = p.predict(base).correctedMs();
    double budget = full * pct / 100;
    SimulatedDevice truthDev = new SimulatedDevice(prof, 0);
    int inside = 0, falseClaims = 0, conv = 0;
    Map<String,Integer> states = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      long seed = seed0 * 1000 + i;
      try (SimulatedSource src = new SimulatedSource(prof, SimulatedSource.Options.defaults().withSeed(seed).withRepeats(9))) {
        CompressionSession s = new CompressionSession(base, ChannelImportance.random(base, 1), p, src, budget, 20, BudgetSearch.Options.defaults());
        SessionResult r = s.run(null);
        int[] w = r.widths().stream().mapToInt(Integer::intValue).toArray();
        ModelSpec m = Zoo.model(arch, w);
        double truth = truthDev.trueModelMs(m);
        // re-measure like the script: 5 fresh seeds, median of 9 runs each, median of those
        double[] meds = new double[5];
        for (int r2 = 0; r2 < 5; r2++) { SimulatedDevice d = new SimulatedDevice(prof, 9000 + r2 * 17 + (long) pct + seed * 7919); meds[r2] = Stats.median(d.measureModelRuns(m, 9)); }
        double re = Stats.median(meds);
        boolean in = re >= 0.97 * budget && re <= budget;
        if (in) inside++;
        states.merge(r.state().name(), 1, Integer::sum);
        if (r.state() == SessionState.CONVERGED) { conv++; if (!in) falseClaims++; }
        Evidence ev = null;
        for (MeasuredCandidate mc : s.measuredCandidates()) if (mc.widths().equals(r.widths())) ev = mc.evidence();
        double se = ev == null ? Double.NaN : ev.standardErrorMs();
        int k = ev == null ? 0 : ev.measurements();
        double z = ev == null ? Double.NaN : (ev.estimateMs() - truth) / se;
        System.out.printf("%s seed %d %-24s meas %2d session %.4f true %.4f remeas %.4f %s k %d se %.4f z %.2f%n", arch, seed, r.state(), r.measurements(),
           r.measuredMs() == null ? Double.NaN : r.measuredMs() / budget, truth / budget, re / budget, in ? "in" : "OUT", k, se / budget, z);
      }
    }
    System.out.printf("SUMMARY %s %s %.0f%%: inside %d/%d, converged %d, false claims %d, states %s%n", arch, prof.id(), pct, inside, n, conv, falseClaims, states);
  }
}
