package dl.backend.openblas;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;

import dl.api.DType;
import dl.api.NdArray;
import dl.api.UnaryOp;
import java.util.Random;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * Not a unit test: prints GFLOP/s of the candidate GEMM paths for the MLP 784-1000-1000-10 shapes
 * (and a few elementwise figures). Run it with {@code run-benchmark.sh} in the module folder.
 *
 * <ul>
 *   <li>{@code float[]}: the presets' array overloads (JNI copies each array in and out);
 *   <li>{@code scratch}: what the backend does, {@link Gemm#sgemm} copying heap arrays into
 *       per-thread native buffers and calling the pointer overload;
 *   <li>{@code native}: operands already in native memory (the upper bound of keeping native
 *       mirrors of every array).
 * </ul>
 */
public final class GemmBenchmark {
  private GemmBenchmark() {}

  public static void main(String[] args) {
    String err = NativeBlas.loadError();
    if (err != null) {
      throw new IllegalStateException(err);
    }
    System.out.println(NativeBlas.description());
    System.out.println("cores " + Runtime.getRuntime().availableProcessors());
    int[][] shapes = {
      {100, 1000, 784}, {100, 1000, 1000}, {1000, 784, 100}, {784, 1000, 100}, {100, 784, 1000}
    };
    System.out.printf(
        "%-18s %-5s %10s %10s %10s %10s%n",
        "M,N,K", "op", "float[]", "scratch1", "scratchP", "native");
    if (args.length > 0 && args[0].contains(",")) { // M,N,K ... : these shapes instead
      shapes = new int[args.length][];
      for (int i = 0; i < args.length; i++) {
        shapes[i] =
            java.util.Arrays.stream(args[i].split(",")).mapToInt(Integer::parseInt).toArray();
      }
    }
    for (int[] s : args.length > 0 && args[0].equals("elementwise") ? new int[0][] : shapes) {
      for (int t = 0; t < 4; t++) {
        boolean ta = (t & 2) != 0;
        boolean tb = (t & 1) != 0;
        bench(s[0], s[1], s[2], ta, tb);
      }
    }
    elementwise();
  }

  private static void bench(int m, int n, int k, boolean ta, boolean tb) {
    Random r = new Random(1);
    float[] a = new float[m * k];
    float[] b = new float[k * n];
    float[] c = new float[m * n];
    for (int i = 0; i < a.length; i++) {
      a[i] = r.nextFloat();
    }
    for (int i = 0; i < b.length; i++) {
      b[i] = r.nextFloat();
    }
    int lda = ta ? m : k;
    int ldb = tb ? k : n;
    int opA = ta ? CblasTrans : CblasNoTrans;
    int opB = tb ? CblasTrans : CblasNoTrans;
    double flops = 2.0 * m * n * k;
    try (FloatPointer pa = new FloatPointer(a);
        FloatPointer pb = new FloatPointer(b);
        FloatPointer pc = new FloatPointer(c.length)) {
      Runnable[] paths = {
        () ->
            openblas_nolapack.cblas_sgemm(
                CblasRowMajor, opA, opB, m, n, k, 1f, a, lda, b, ldb, 0f, c, n),
        () -> {
          Gemm.parallelCopy = false;
          Gemm.sgemm(ta, tb, 1, 1, 1, m, n, k, a, b, c);
        },
        () -> {
          Gemm.parallelCopy = true;
          Gemm.sgemm(ta, tb, 1, 1, 1, m, n, k, a, b, c);
        },
        () ->
            openblas_nolapack.cblas_sgemm(
                CblasRowMajor, opA, opB, m, n, k, 1f, pa, lda, pb, ldb, 0f, pc, n)
      };
      double[] best = new double[paths.length];
      for (int round = 0; round < 3; round++) { // interleaved rounds: fairer under noise
        for (int p = 0; p < paths.length; p++) {
          best[p] = Math.max(best[p], gflops(flops, paths[p]));
        }
      }
      Gemm.parallelCopy = true;
      System.out.printf(
          "%-18s %-5s %10.1f %10.1f %10.1f %10.1f%n",
          m + "," + n + "," + k,
          (ta ? "T" : "N") + (tb ? "T" : "N"),
          best[0],
          best[1],
          best[2],
          best[3]);
    }
  }

  /** GFLOP/s of a call: 0.3 s warm-up, then the best of 5 timed batches. */
  private static double gflops(double flops, Runnable call) {
    long end = System.nanoTime() + 100_000_000L;
    int reps = 0;
    while (System.nanoTime() < end) {
      call.run();
      reps++;
    }
    int batch = Math.max(1, reps / 3);
    double best = Double.MAX_VALUE;
    for (int rnd = 0; rnd < 5; rnd++) {
      long t0 = System.nanoTime();
      for (int i = 0; i < batch; i++) {
        call.run();
      }
      best = Math.min(best, (System.nanoTime() - t0) / (double) batch);
    }
    return flops / best;
  }

  /** A few elementwise kernels of the MLP step through the backend, in ns per element. */
  private static void elementwise() {
    CpuBackend cpu = new CpuBackend();
    int n = 1_000_000;
    NdArray x = cpu.randomNormal(new int[] {n}, DType.FLOAT32, 0, 1, 1);
    NdArray y = cpu.randomNormal(new int[] {n}, DType.FLOAT32, 0, 1, 2);
    NdArray p = cpu.randomNormal(new int[] {n}, DType.FLOAT32, 0, 1, 3);
    NdArray m = cpu.zeros(new int[] {n}, DType.FLOAT32);
    NdArray v = cpu.zeros(new int[] {n}, DType.FLOAT32);
    NdArray h = cpu.randomNormal(new int[] {100, 1000}, DType.FLOAT32, 0, 1, 4);
    NdArray bias = cpu.randomNormal(new int[] {1000}, DType.FLOAT32, 0, 1, 5);
    System.out.printf("%nelementwise, ns/element (1M float32 unless noted)%n");
    System.out.printf("relu          %6.2f%n", nsPer(n, () -> cpu.unary(UnaryOp.RELU, x)));
    System.out.printf("exp           %6.2f%n", nsPer(n, () -> cpu.unary(UnaryOp.EXP, x)));
    System.out.printf(
        "mul           %6.2f%n", nsPer(n, () -> cpu.binary(dl.api.BinaryOp.MUL, x, y)));
    System.out.printf(
        "add bias      %6.2f  (100,1000)+(1000,)%n",
        nsPer(100_000, () -> cpu.binary(dl.api.BinaryOp.ADD, h, bias)));
    System.out.printf(
        "sum axis 0    %6.2f  (100,1000)%n",
        nsPer(100_000, () -> cpu.reduce(dl.api.ReduceOp.SUM, h, new int[] {0}, false)));
    System.out.printf(
        "adam (fused)  %6.2f%n",
        nsPer(n, () -> cpu.adamUpdate(p, y, m, v, 1e-3, 0.9, 0.999, 1e-8, 1, 0)));
  }

  private static double nsPer(int n, Runnable r) {
    long end = System.nanoTime() + 300_000_000L;
    while (System.nanoTime() < end) {
      r.run();
    }
    double best = Double.MAX_VALUE;
    for (int i = 0; i < 20; i++) {
      long t0 = System.nanoTime();
      r.run();
      best = Math.min(best, (double) (System.nanoTime() - t0));
    }
    return best / n;
  }
}
