package dl.backend.openblas;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;

import java.util.Arrays;
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

    /** Frees the buffers grown past {@link #cap}, so that one large product does not pin them. */
    void trim() {
      for (int i = 0; i < 3; i++) {
        if (f[i] != null && f[i].capacity() > cap) {
          f[i].close();
          f[i] = null;
        }
        if (d[i] != null && d[i].capacity() > cap) {
          d[i].close();
          d[i] = null;
        }
      }
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
   * Elements of a scratch buffer kept between calls (16 MiB of float32). A product whose operands
   * are larger runs in pieces of at most this size where its layout allows (rows of an untransposed
   * left operand, or one batch item at a time), and any buffer grown past it is freed after the
   * call: otherwise one large product (a batch-1000 im2col operand of 226 MB) would hold its three
   * native copies for the rest of the process. Pieces of whole rows leave every element's sum over
   * {@code k} as it was. Settable for tests.
   */
  static volatile long cap = 1L << 22;

  /**
   * float32 products of fewer multiply-adds than this ({@code m·n·k} of one call) run on one
   * OpenBLAS thread: the small MLP's products (100·100·784 = 7.8M) spend more waking and waiting
   * for a second thread than they gain from it, and on a loaded machine a two-thread call waits for
   * a time slice of each thread (measured under a load average of 24 on 2 cores, the small MLP
   * benchmark ran at 26,000-42,000 examples/s on one thread against 860-1,300 on two). Larger
   * products (the MLP's 100·1000·784 and up) keep every thread. Property {@code
   * catena.blas.singleThreadBelow}; 0 turns it off. float64 products always use every thread.
   */
  static volatile long singleThreadBelow = Long.getLong("catena.blas.singleThreadBelow", 1L << 24);

  /** The thread count last given to OpenBLAS (its setting is global), -1 before the first. */
  private static volatile int threadsNow = -1;

  private static void threadsFor(long multiplyAdds) {
    int want = multiplyAdds < singleThreadBelow ? 1 : NativeBlas.threads();
    if (want != threadsNow) {
      openblas_nolapack.blas_set_num_threads(want);
      threadsNow = want;
    }
  }

  /**
   * One OpenBLAS thread for the calls that follow, for kernels that run their own products on every
   * core at once (ImageConv); the next large product here sets the count back.
   */
  static void singleThread() {
    if (threadsNow != 1) {
      openblas_nolapack.blas_set_num_threads(1);
      threadsNow = 1;
    }
  }

  private static void allThreads() {
    if (threadsNow != NativeBlas.threads()) {
      openblas_nolapack.blas_set_num_threads(NativeBlas.threads());
      threadsNow = NativeBlas.threads();
    }
  }

  /**
   * How a product is split: {@code rows} of the (stacked) left operand per piece when rows can be
   * split, else 0 for one batch item per call; -1 when it fits the scratch whole.
   */
  static long plan(boolean transA, int batch, int batchA, int batchB, int m, int n, int k) {
    long sa = (long) m * k * batchA;
    long sb = (long) k * n * batchB;
    long sc = (long) m * n * batch;
    long lim = cap;
    if (sa <= lim && sb <= lim && sc <= lim) {
      return -1;
    }
    boolean rowsSplit = !transA && batchB == 1 && batchA == batch;
    return rowsSplit ? Math.max(1, lim / Math.max(k, n)) : 0;
  }

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
    long plan = plan(transA, batch, batchA, batchB, m, n, k);
    if (plan < 0) {
      sgemmWhole(s, transA, transB, batch, batchA, batchB, m, n, k, a, b, c);
    } else if (plan > 0) {
      // Pieces of whole rows of the stacked (batch*m, k) left operand against the shared b.
      long rows = (long) batch * m;
      FloatPointer pb = s.floats(1, (long) k * n).position(0);
      put(pb, b, 0, k * n);
      for (long r0 = 0; r0 < rows; r0 += plan) {
        int r = (int) Math.min(plan, rows - r0);
        FloatPointer pa = s.floats(0, (long) r * k).position(0);
        FloatPointer pc = s.floats(2, (long) r * n).position(0);
        put(pa, a, (int) (r0 * k), r * k);
        threadsFor((long) r * n * k);
        openblas_nolapack.cblas_sgemm(
            CblasRowMajor,
            CblasNoTrans,
            transB ? CblasTrans : CblasNoTrans,
            r,
            n,
            k,
            1f,
            pa,
            k,
            pb,
            transB ? k : n,
            0f,
            pc,
            n);
        get(pc, c, (int) (r0 * n), r * n);
      }
    } else {
      // One batch item per call, each as its own whole product.
      int sa = m * k;
      int sb = k * n;
      int sc = m * n;
      for (int i = 0; i < batch; i++) {
        float[] ai =
            Arrays.copyOfRange(a, batchA == 1 ? 0 : i * sa, (batchA == 1 ? 0 : i * sa) + sa);
        float[] bi =
            Arrays.copyOfRange(b, batchB == 1 ? 0 : i * sb, (batchB == 1 ? 0 : i * sb) + sb);
        float[] ci = new float[sc];
        sgemmWhole(s, transA, transB, 1, 1, 1, m, n, k, ai, bi, ci);
        System.arraycopy(ci, 0, c, i * sc, sc);
      }
    }
    s.trim();
  }

  private static void sgemmWhole(
      Scratch s,
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
    long sa = (long) m * k;
    long sb = (long) k * n;
    long sc = (long) m * n;
    FloatPointer pa = s.floats(0, sa * batchA).position(0);
    FloatPointer pb = s.floats(1, sb * batchB).position(0);
    FloatPointer pc = s.floats(2, sc * batch).position(0);
    put(pa, a, 0, (int) (sa * batchA));
    put(pb, b, 0, (int) (sb * batchB));
    int lda = transA ? m : k;
    int ldb = transB ? k : n;
    // A shared right operand with untransposed left ones: the batch stacks into one taller
    // product, (batch*m, k) . (k, n), whose rows are exactly c's layout; one call, not batch.
    boolean stack = batch > 1 && batchB == 1 && batchA == batch && !transA;
    int calls = stack ? 1 : batch;
    int rows = stack ? batch * m : m;
    threadsFor((long) rows * n * k);
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
    get(pc, c, 0, (int) (sc * batch));
  }

  // Copies between heap and native memory are bandwidth-bound: alone, splitting one over 2 cores
  // halves its time (784K floats 0.21 -> 0.11 ms), but around GEMM calls it gained nothing
  // measurable (OpenBLAS's threads still spin for a while after a call), so it is off.

  /** Whether copies are split over the cores (off; a switch for GemmBenchmark). */
  static volatile boolean parallelCopy = false;

  /** Copies {@code a[off..off+n)} to the start of {@code p}. */
  private static void put(FloatPointer p, float[] a, int off, int n) {
    if (!parallelCopy) {
      p.position(0).put(a, off, n);
      return;
    }
    Par.range(n, (from, to) -> new FloatPointer(p).position(from).put(a, off + from, to - from));
  }

  /** Copies the first {@code n} elements of {@code p} to {@code a[off..off+n)}. */
  private static void get(FloatPointer p, float[] a, int off, int n) {
    if (!parallelCopy) {
      p.position(0).get(a, off, n);
      return;
    }
    Par.range(n, (from, to) -> new FloatPointer(p).position(from).get(a, off + from, to - from));
  }

  private static void put(DoublePointer p, double[] a, int off, int n) {
    Par.range(n, (from, to) -> new DoublePointer(p).position(from).put(a, off + from, to - from));
  }

  private static void get(DoublePointer p, double[] a, int off, int n) {
    Par.range(n, (from, to) -> new DoublePointer(p).position(from).get(a, off + from, to - from));
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
    put(pa, a, 0, (int) (sa * batchA));
    put(pb, b, 0, (int) (sb * batchB));
    int lda = transA ? m : k;
    int ldb = transB ? k : n;
    // A shared right operand with untransposed left ones: the batch stacks into one taller
    // product, (batch*m, k) . (k, n), whose rows are exactly c's layout; one call, not batch.
    boolean stack = batch > 1 && batchB == 1 && batchA == batch && !transA;
    int calls = stack ? 1 : batch;
    int rows = stack ? batch * m : m;
    allThreads();
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
    get(pc, c, 0, (int) (sc * batch));
    // float64 is never split (its results stay bit for bit what they were); only freed.
    s.trim();
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
