"""Checks of the comparison's splits, features and metrics: /usr/bin/python3 -m unittest discover packaging/peers"""
import sys
import unittest
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import compare_predictors as cp  # noqa: E402
import peer_models  # noqa: E402


def rows(n, arch):
    rng = np.random.default_rng(len(arch))
    return [dict(input_size=14, input_channel=int(c), output_channel=int(c) + 3, kernel_size_1=3, kernel_size_2=1,
                 stride_1=1, stride_2=2, padding_1=1, padding_2=0, bias=0, groups=1, latency=float(l), arch=arch)
            for c, l in zip(rng.integers(8, 512, n), rng.uniform(0.1, 5, n))]


class SplitTest(unittest.TestCase):
    data = {"a": (rows(50, "a"), "dev"), "b": (rows(40, "b"), "dev")}

    def of(self, kind):
        return [s for s in cp.splits(self.data, [kind], [1, 2], 0.3, 5, [1]) if s[0] == kind]

    def test_random_splits_are_disjoint_seeded_and_complete(self):
        s = self.of("random")
        self.assertEqual(4, len(s))
        for _, name, _, _, train, test, _, _ in s:
            self.assertEqual(len(self.data[name][0]), len(train) + len(test))
            self.assertFalse({id(r) for r in train} & {id(r) for r in test})
        self.assertEqual(cp.splits(self.data, ["random"], [1], 0.3, 5, [1])[0][5], s[0][5], "same seed, same split")
        self.assertNotEqual([id(r) for r in s[0][5]], [id(r) for r in s[1][5]], "seeds differ")

    def test_cv_folds_partition_each_file(self):
        tests = [id(r) for s in self.of("cv") if s[1] == "a" for r in s[5]]
        self.assertEqual(sorted(tests), sorted(id(r) for r in self.data["a"][0]))

    def test_extrapolation_tests_above_the_training_range(self):
        for _, _, _, _, train, test, _, _ in self.of("extrap"):
            self.assertLessEqual(max(r["latency"] for r in train), min(r["latency"] for r in test))

    def test_cross_architecture_holds_one_file_out(self):
        for _, name, _, _, train, test, _, _ in self.of("arch"):
            self.assertTrue(all(r["arch"] == name for r in test))
            self.assertTrue(all(r["arch"] != name for r in train))


class FeatureAndMetricTest(unittest.TestCase):
    def test_alignment_features_and_both_kernel_dimensions(self):
        f = peer_models.full_features(peer_models.layer_arrays(rows(3, "a")))
        r = rows(3, "a")[0]
        self.assertIn(r["input_channel"] % 4, f[0])
        self.assertEqual(f.shape[1], 11 + 8 + 15)
        self.assertEqual(1, f[0, peer_models.COLUMNS.index("kernel_size_2")])

    def test_metrics_match_the_workbench(self):
        m = peer_models.metrics(np.array([1.1, 1.2, 0.95]), np.array([1.0, 1.0, 1.0]))
        self.assertAlmostEqual(100 * (0.1 + 0.2 + 0.05) / 3, m["mape"])
        self.assertAlmostEqual(200 / 3, m["acc10"])  # exactly 10 % off counts as within, as in Metrics.java


def holds_pipe(fd, inode):
    """In a pool worker: whether descriptor fd is still the pipe with this inode (a worker process function)."""
    import os
    try:
        return os.fstat(fd).st_ino == inode
    except OSError:
        return False


class PeerPoolTest(unittest.TestCase):
    def test_workers_do_not_inherit_open_pipes_of_java_runs(self):
        # A pipe open while the pool starts, as a Java run's stdout is: a forked worker kept its write end,
        # so the run never saw end-of-file and the script hung at its end.
        import os
        r, w = os.pipe()
        try:
            with cp.peer_executor(1) as pool:
                self.assertFalse(pool.submit(holds_pipe, w, os.fstat(w).st_ino).result(timeout=120))
        finally:
            os.close(r)
            os.close(w)


if __name__ == "__main__":
    unittest.main()
