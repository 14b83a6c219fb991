package dl.functions.connection;

import dl.api.Backend;
import dl.api.DType;
import dl.api.Device;
import dl.api.Variable;
import dl.functions.F;

/**
 * Benchmark (not a test): forward + backward of the conv/pool layers of the training issue's CNN
 * (conv 1→32 3x3 pad 1, ReLU, max-pool 2; conv 32→64 3x3 pad 1, ReLU, max-pool 2) on a batch of 100
 * 28x28 images, printing examples/s. Run with the test class path, e.g. {@code java -cp ...
 * dl.functions.connection.CnnConvPoolBench [iterations]}.
 */
public final class CnnConvPoolBench {
  private CnnConvPoolBench() {}

  public static void main(String[] args) {
    int iters = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    Backend b = Device.cpu().backend();
    DType t = DType.FLOAT32;
    Variable x = new Variable(b.randomUniform(new int[] {100, 1, 28, 28}, t, 0, 1, 1), "x", false);
    Variable w1 = new Variable(b.randomNormal(new int[] {32, 1, 3, 3}, t, 0, 0.3, 2), "W1");
    Variable b1 = new Variable(b.zeros(new int[] {32}, t), "b1");
    Variable w2 = new Variable(b.randomNormal(new int[] {64, 32, 3, 3}, t, 0, 0.06, 3), "W2");
    Variable b2 = new Variable(b.zeros(new int[] {64}, t), "b2");
    double fwd = 0;
    double total = 0;
    long cpu0 = 0;
    for (int i = 0; i < iters + 5; i++) {
      if (i == 5) {
        cpu0 = cpuNanos();
      }
      long t0 = System.nanoTime();
      Variable h = F.maxPooling2d(F.relu(F.convolution2d(x, w1, b1, 1, 1)), 2);
      h = F.maxPooling2d(F.relu(F.convolution2d(h, w2, b2, 1, 1)), 2);
      Variable loss = F.sum(h);
      long t1 = System.nanoTime();
      for (Variable p : new Variable[] {w1, b1, w2, b2}) {
        p.cleargrad();
      }
      loss.backward();
      long t2 = System.nanoTime();
      if (i >= 5) { // the first iterations warm up the JIT and the index tables
        fwd += (t1 - t0) / 1e9;
        total += (t2 - t0) / 1e9;
      }
    }
    double cpu = (cpuNanos() - cpu0) / 1e9;
    System.out.printf(
        "conv/pool forward+backward, batch 100: %.1f ms/iter (forward %.1f ms), %.0f examples/s"
            + " wall; process CPU %.1f s/iter (%.0f examples per CPU-second)%n",
        1e3 * total / iters,
        1e3 * fwd / iters,
        100 * iters / total,
        cpu / iters,
        100 * iters / cpu);
  }

  /** CPU time of the whole process (all threads, OpenBLAS's included), for a loaded machine. */
  private static long cpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos()).orElse(0L);
  }
}
