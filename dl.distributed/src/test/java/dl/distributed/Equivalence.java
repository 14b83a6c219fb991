package dl.distributed;

import dl.api.Chain;
import dl.api.DType;
import dl.api.NdArray;
import dl.api.NdArrays;
import dl.api.Optimizer;
import dl.api.Parameter;
import dl.api.Rng;
import dl.api.Variable;
import dl.functions.F;
import dl.links.Classifier;
import dl.links.Linear;
import java.util.Map;

/**
 * N ranks with batch b for k steps against one process with batch N·b: the same parameters up to
 * rounding. Every rank initialises its lazily initialised links from its own seed, so the first
 * update (the broadcast from rank 0, skipped as an update) must make them equal.
 */
final class Equivalence {
  private Equivalence() {}

  static final int FEATURES = 5;

  /** Two lazily initialised linear layers. */
  static final class Net extends Chain {
    final Linear l1 = addLink("l1", new Linear(8));
    final Linear l2 = addLink("l2", new Linear(3));

    @Override
    protected Variable forward(Variable... x) {
      return l2.call(F.tanh(l1.call(x[0])));
    }
  }

  static double x(int example, int feature) {
    return Math.sin(example * 0.37 + feature * 1.3) + 0.1 * feature;
  }

  static Variable[] batch(DType dt, int[] examples) {
    int m = examples.length;
    double[] xs = new double[m * FEATURES];
    int[] ts = new int[m];
    for (int i = 0; i < m; i++) {
      for (int f = 0; f < FEATURES; f++) {
        xs[i * FEATURES + f] = x(examples[i], f);
      }
      ts[i] = (examples[i] * 7) % 3;
    }
    NdArray x = NdArrays.of(xs, m, FEATURES).astype(dt);
    return new Variable[] {
      new Variable(x, "x", false), new Variable(NdArrays.of(ts, m), "t", false)
    };
  }

  static int[] rows(int from, int count) {
    int[] r = new int[count];
    for (int i = 0; i < count; i++) {
      r[i] = from + i;
    }
    return r;
  }

  /** Max |distributed - reference| over all parameters, on rank 0 (0 elsewhere). */
  static double maxDifference(Communicator comm, String opt, int steps, int b, DType dt) {
    int n = comm.size();
    int total = n * b * (steps + 1);
    int begin = MultiNodeDatasets.shardRange(total, n, comm.rank())[0];
    Rng.seed(100 + comm.rank());
    Classifier model = new Classifier(new Net());
    Optimizer mo = MultiNodeOptimizer.create(MpiChild.optimizer(opt), comm).setup(model);
    for (int j = 0; j <= steps; j++) {
      Variable[] in = batch(dt, rows(begin + j * b, b));
      mo.update(() -> model.call(in));
    }
    if (comm.rank() != 0) {
      return 0;
    }
    Rng.seed(100);
    Classifier ref = new Classifier(new Net());
    Optimizer o = MpiChild.optimizer(opt).setup(ref);
    Variable unused = ref.call(batch(dt, rows(0, b))); // initialises the lazy links like rank 0
    for (int j = 1; j <= steps; j++) {
      int[] all = new int[n * b];
      for (int r = 0; r < n; r++) {
        int start = MultiNodeDatasets.shardRange(total, n, r)[0] + j * b;
        System.arraycopy(rows(start, b), 0, all, r * b, b);
      }
      Variable[] in = batch(dt, all);
      o.update(() -> ref.call(in));
    }
    double diff = 0;
    Map<String, Parameter> got = model.namedParams();
    for (Map.Entry<String, Parameter> e : ref.namedParams().entrySet()) {
      double[] want = e.getValue().array().toDoubleArray();
      double[] have = got.get(e.getKey()).array().toDoubleArray();
      for (int i = 0; i < want.length; i++) {
        diff = Math.max(diff, Math.abs(want[i] - have[i]));
      }
    }
    // The models must also differ from their initial values (the updates really ran).
    MpiChild.check(mo.t() == steps, "distributed updates " + mo.t() + " != " + steps);
    return diff;
  }
}
