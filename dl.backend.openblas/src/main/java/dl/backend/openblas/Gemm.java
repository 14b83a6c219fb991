package dl.backend.openblas;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * GEMM on heap arrays through OpenBLAS. The operands are copied once into per-thread native scratch
 * buffers, multiplied with the pointer overloads and the product copied back. Measured
 * (GemmBenchmark in the tests, 2 cores): 0-30% faster than the presets' {@code float[]} overloads,
 * which copy every array in and out through JNI, and never slower; operands already in native
 * memory would be about 1.5x faster still, the price of keeping arrays on the heap where the
 * elementwise loops are fastest. A batch of products reuses the same copies.
 */
final class Gemm {
  private Gemm() {}

  /** Native buffers of one thread, grown on demand and reused. */
  private static final class Scratch {
    final FloatPointer[] f = new FloatPointer[3];
    final DoublePointer[] d = new DoublePointer[3];

    FloatPointer floats(int slot, long n) {
      FloatPointer p = f[slot];
      if (p == null || p.capacity() < n) {
        if (p != null) {
          p.close();
        }
        p = new FloatPointer(Math.max(n, 1024));
        f[slot] = p;
      }
      return p;
    }

    DoublePointer doubles(int slot, long n) {
      DoublePointer p = d[slot];
      if (p == null || p.capacity() < n) {
        if (p != null) {
          p.close();
        }
        p = new DoublePointer(Math.max(n, 1024));
        d[slot] = p;
      }
      return p;
    }
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /**
   * {@code c[batch] = op(a[batch]) · op(b[batch])} in float32, row-major; {@code batchA}/ {@code
   * batchB} are 1 (broadcast) or {@code batch}; {@code c} has {@code batch*m*n} elements.
   */
  static void sgemm(
      boolean transA,
      boolean transB,
      int batch,
      int batchA,
      int batchB,
      int m,
      int n,
      int k,
      float[] a,
      float[] b,
      float[] c) {
    Scratch s = SCRATCH.get();
    long sa = (long) m * k;
    long sb = (long) k * n;
    long sc = (long) m * n;
    FloatPointer pa = s.floats(0, sa * batchA).position(0);
    FloatPointer pb = s.floats(1, sb * batchB).position(0);
    FloatPointer pc = s.floats(2, sc * batch).position(0);
    put(pa, a, (int) (sa * batchA));
    put(pb, b, (int) (sb * batchB));
    int lda = transA ? m : k;
    int ldb = transB ? k : n;
    // A shared right operand with untransposed left ones: the batch stacks into one taller
    // product, (batch*m, k) . (k, n), whose rows are exactly c's layout; one call, not batch.
    boolean stack = batch > 1 && batchB == 1 && batchA == batch && !transA;
    int calls = stack ? 1 : batch;
    int rows = stack ? batch * m : m;
    for (int i = 0; i < calls; i++) {
      pa.position(batchA == 1 ? 0 : i * sa);
      pb.position(batchB == 1 ? 0 : i * sb);
      pc.position(i * sc);
      openblas_nolapack.cblas_sgemm(
          CblasRowMajor,
          transA ? CblasTrans : CblasNoTrans,
          transB ? CblasTrans : CblasNoTrans,
          rows,
          n,
          k,
          1f,
          pa,
          lda,
          pb,
          ldb,
          0f,
          pc,
          n);
    }
    pa.position(0);
    pb.position(0);
    pc.position(0);
    get(pc, c, (int) (sc * batch));
  }

  // Copies between heap and native memory are bandwidth-bound: alone, splitting one over 2 cores
  // halves its time (784K floats 0.21 -> 0.11 ms), but around GEMM calls it gained nothing
  // measurable (OpenBLAS's threads still spin for a while after a call), so it is off.

  /** Whether copies are split over the cores (off; a switch for GemmBenchmark). */
  static volatile boolean parallelCopy = false;

  private static void put(FloatPointer p, float[] a, int n) {
    if (!parallelCopy) {
      p.position(0).put(a, 0, n);
      return;
    }
    Par.range(n, (from, to) -> new FloatPointer(p).position(from).put(a, from, to - from));
  }

  private static void get(FloatPointer p, float[] a, int n) {
    if (!parallelCopy) {
      p.position(0).get(a, 0, n);
      return;
    }
    Par.range(n, (from, to) -> new FloatPointer(p).position(from).get(a, from, to - from));
  }

  private static void put(DoublePointer p, double[] a, int n) {
    Par.range(n, (from, to) -> new DoublePointer(p).position(from).put(a, from, to - from));
  }

  private static void get(DoublePointer p, double[] a, int n) {
    Par.range(n, (from, to) -> new DoublePointer(p).position(from).get(a, from, to - from));
  }

  /** The float64 twin of {@link #sgemm}. */
  static void dgemm(
      boolean transA,
      boolean transB,
      int batch,
      int batchA,
      int batchB,
      int m,
      int n,
      int k,
      double[] a,
      double[] b,
      double[] c) {
    Scratch s = SCRATCH.get();
    long sa = (long) m * k;
    long sb = (long) k * n;
    long sc = (long) m * n;
    DoublePointer pa = s.doubles(0, sa * batchA).position(0);
    DoublePointer pb = s.doubles(1, sb * batchB).position(0);
    DoublePointer pc = s.doubles(2, sc * batch).position(0);
    put(pa, a, (int) (sa * batchA));
    put(pb, b, (int) (sb * batchB));
    int lda = transA ? m : k;
    int ldb = transB ? k : n;
    // A shared right operand with untransposed left ones: the batch stacks into one taller
    // product, (batch*m, k) . (k, n), whose rows are exactly c's layout; one call, not batch.
    boolean stack = batch > 1 && batchB == 1 && batchA == batch && !transA;
    int calls = stack ? 1 : batch;
    int rows = stack ? batch * m : m;
    for (int i = 0; i < calls; i++) {
      pa.position(batchA == 1 ? 0 : i * sa);
      pb.position(batchB == 1 ? 0 : i * sb);
      pc.position(i * sc);
      openblas_nolapack.cblas_dgemm(
          CblasRowMajor,
          transA ? CblasTrans : CblasNoTrans,
          transB ? CblasTrans : CblasNoTrans,
          rows,
          n,
          k,
          1.0,
          pa,
          lda,
          pb,
          ldb,
          0.0,
          pc,
          n);
    }
    pa.position(0);
    pb.position(0);
    pc.position(0);
    get(pc, c, (int) (sc * batch));
  }

  /** int32 product: a plain loop (i-k-j order so the inner loop runs along rows). */
  static void igemm(
      boolean transA,
      boolean transB,
      int batch,
      int batchA,
      int batchB,
      int m,
      int n,
      int k,
      int[] a,
      int[] b,
      int[] c) {
    for (int t = 0; t < batch; t++) {
      int ao = batchA == 1 ? 0 : t * m * k;
      int bo = batchB == 1 ? 0 : t * k * n;
      int co = t * m * n;
      for (int i = 0; i < m; i++) {
        for (int p = 0; p < k; p++) {
          int av = a[ao + (transA ? p * m + i : i * k + p)];
          if (av == 0) {
            continue;
          }
          if (transB) {
            for (int j = 0; j < n; j++) {
              c[co + i * n + j] += av * b[bo + j * k + p];
            }
          } else {
            int row = bo + p * n;
            for (int j = 0; j < n; j++) {
              c[co + i * n + j] += av * b[row + j];
            }
          }
        }
      }
    }
  }
}
