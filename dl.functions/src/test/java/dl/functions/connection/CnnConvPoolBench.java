package dl.functions.connection;

import dl.api.Backend;
import dl.api.Config;
import dl.api.DType;
import dl.api.Device;
import dl.api.Scope;
import dl.api.Variable;
import dl.functions.F;

/**
 * Benchmark (not a test): forward + backward of the conv/pool layers of the training issue's CNN
 * (conv 1→32 3x3 pad 1, ReLU, max-pool 2; conv 32→64 3x3 pad 1, ReLU, max-pool 2) on a batch of 100
 * 28x28 images, with the backend's whole kernels against the composite, interleaved, printing
 * ms/iteration and the ratio. Run with the test class path, e.g. {@code java -cp ...
 * dl.functions.connection.CnnConvPoolBench [iterations] [rounds]}.
 */
public final class CnnConvPoolBench {
  private CnnConvPoolBench() {}

  public static void main(String[] args) {
    int iters = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Backend b = Device.cpu().backend();
    DType t = DType.FLOAT32;
    Variable x = new Variable(b.randomUniform(new int[] {100, 1, 28, 28}, t, 0, 1, 1), "x", false);
    Variable w1 = new Variable(b.randomNormal(new int[] {32, 1, 3, 3}, t, 0, 0.3, 2), "W1");
    Variable b1 = new Variable(b.zeros(new int[] {32}, t), "b1");
    Variable w2 = new Variable(b.randomNormal(new int[] {64, 32, 3, 3}, t, 0, 0.06, 3), "W2");
    Variable b2 = new Variable(b.zeros(new int[] {64}, t), "b2");
    Variable[] params = {w1, b1, w2, b2};
    // A/B interleaved in one process: the whole kernels (Config.USE_KERNELS, the default) against
    // the composite of primitives they replace; the ratio is what a loaded machine can tell
    for (int r = 0; r < rounds; r++) {
      double[] kernels = measure(iters, true, x, params);
      double[] composite = measure(iters, false, x, params);
      System.out.printf(
          "round %d: whole kernels %.1f ms/iter (forward %.1f, %.0f ex/s, %.0f ex per CPU-s);"
              + " composite %.1f ms/iter (forward %.1f, %.0f ex/s, %.0f ex per CPU-s);"
              + " speed-up %.2fx (forward %.2fx)%n",
          r,
          kernels[0],
          kernels[1],
          1e5 / kernels[0],
          kernels[2],
          composite[0],
          composite[1],
          1e5 / composite[0],
          composite[2],
          composite[0] / kernels[0],
          composite[1] / kernels[1]);
    }
  }

  /** {ms per iteration, forward ms per iteration, examples per CPU-second}. */
  private static double[] measure(int iters, boolean kernels, Variable x, Variable[] p) {
    try (Scope s = Config.using(Config.Key.USE_KERNELS, kernels)) {
      double fwd = 0;
      double total = 0;
      long cpu0 = 0;
      for (int i = 0; i < iters + 3; i++) {
        if (i == 3) {
          cpu0 = cpuNanos();
        }
        long t0 = System.nanoTime();
        Variable h = F.maxPooling2d(F.relu(F.convolution2d(x, p[0], p[1], 1, 1)), 2);
        h = F.maxPooling2d(F.relu(F.convolution2d(h, p[2], p[3], 1, 1)), 2);
        Variable loss = F.sum(h);
        long t1 = System.nanoTime();
        for (Variable v : p) {
          v.cleargrad();
        }
        loss.backward();
        long t2 = System.nanoTime();
        if (i >= 3) { // the first iterations warm up the JIT
          fwd += (t1 - t0) / 1e6;
          total += (t2 - t0) / 1e6;
        }
      }
      double cpu = (cpuNanos() - cpu0) / 1e9;
      return new double[] {total / iters, fwd / iters, 100 * iters / cpu};
    }
  }

  /** CPU time of the whole process (all threads, OpenBLAS's included), for a loaded machine. */
  private static long cpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos()).orElse(0L);
  }
}
