package dl.backend.openblas;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;

import java.util.Arrays;
import java.util.stream.IntStream;
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
   * Products of fewer multiply-adds than this ({@code m·n·k} of one call) run whole on the calling
   * thread; larger ones are cut into pieces along {@code m} or {@code n}, one single-threaded
   * OpenBLAS call per piece, run on the common ForkJoin pool. OpenBLAS itself stays on one thread
   * for the life of the process: its {@code blas_set_num_threads} took 0.4-5 ms per switch here (2
   * cores), more than the products it served, and its threads spin or wait for a time slice when
   * the machine is loaded, where a pool task not yet started is run by the caller itself. Each
   * piece is a whole product over {@code k}, but OpenBLAS may choose another kernel for a smaller
   * product, so an element can differ in its last bit from the unsplit call's (as with OpenBLAS's
   * own threads). Property {@code catena.blas.singleThreadBelow}; 0 splits every product.
   */
  static volatile long singleThreadBelow = Long.getLong("catena.blas.singleThreadBelow", 1L << 24);

  /** Rows or columns of a piece are multiples of this (the kernels' register blocking). */
  private static final int ALIGN = 16;

  /**
   * Pieces per core of a split product. One: every piece packs the operand it shares with the
   * others again, so two per core (meant to even out a core slowed by other work) measured 5–15%
   * slower on the MLP's and the CNN's linear shapes (GemmBenchmark, 2 cores).
   */
  private static final int PIECES_PER_CORE = 1;

  /** Whether products are split here: OpenBLAS runs on one thread (no OPENBLAS_NUM_THREADS). */
  static boolean ownThreads() {
    return NativeBlas.threads() == 1 && Par.CORES > 1;
  }

  /** Pieces of a product of {@code m·n·k} multiply-adds split along a side of {@code len}. */
  private static int pieces(long multiplyAdds, int len) {
    if (!ownThreads() || multiplyAdds < singleThreadBelow) {
      return 1;
    }
    return Math.max(1, Math.min(Par.CORES * PIECES_PER_CORE, len / ALIGN));
  }

  /** One piece of a split product: its shape and its operands' offsets in elements. */
  @FunctionalInterface
  private interface Piece {
    void run(int m, int n, long offA, long offB, long offC);
  }

  /**
   * Runs {@code body} for the pieces of {@code op(a)·op(b)} (row-major, leading dimensions {@code
   * lda}, {@code ldb}, {@code ldc}): whole, or cut along the longer of {@code m} and {@code n}.
   */
  private static void split(
      boolean ta, boolean tb, int m, int n, int k, int lda, int ldb, int ldc, Piece body) {
    boolean alongM = m >= n;
    int len = alongM ? m : n;
    int parts = pieces((long) m * n * k, len);
    if (parts == 1) {
      body.run(m, n, 0, 0, 0);
      return;
    }
    int per = ((len + parts - 1) / parts + ALIGN - 1) / ALIGN * ALIGN;
    IntStream.range(0, (len + per - 1) / per)
        .parallel()
        .forEach(
            t -> {
              int lo = t * per;
              int cnt = Math.min(per, len - lo);
              if (alongM) { // rows of op(a) and of c
                body.run(cnt, n, ta ? lo : (long) lo * lda, 0, (long) lo * ldc);
              } else { // columns of op(b) and of c
                body.run(m, cnt, 0, tb ? (long) lo * ldb : lo, lo);
              }
            });
  }

  private static FloatPointer at(FloatPointer p, long base, long off) {
    return off == 0 ? p : new FloatPointer(p).position(base + off);
  }

  private static DoublePointer at(DoublePointer p, long base, long off) {
    return off == 0 ? p : new DoublePointer(p).position(base + off);
  }

  /** {@code c = op(a)·op(b) + beta·c} (row-major, at the pointers' positions), split over cores. */
  static void sgemmCall(
      boolean ta,
      boolean tb,
      int m,
      int n,
      int k,
      FloatPointer a,
      int lda,
      FloatPointer b,
      int ldb,
      float beta,
      FloatPointer c,
      int ldc) {
    long pa = a.position();
    long pb = b.position();
    long pc = c.position();
    split(
        ta,
        tb,
        m,
        n,
        k,
        lda,
        ldb,
        ldc,
        (pm, pn, oa, ob, oc) ->
            sgemmOne(
                ta,
                tb,
                pm,
                pn,
                k,
                at(a, pa, oa),
                lda,
                at(b, pb, ob),
                ldb,
                beta,
                at(c, pc, oc),
                ldc));
  }

  /** One unsplit single-threaded {@code c = op(a)·op(b) + beta·c} (row-major, at the pointers). */
  static void sgemmOne(
      boolean ta,
      boolean tb,
      int m,
      int n,
      int k,
      FloatPointer a,
      int lda,
      FloatPointer b,
      int ldb,
      float beta,
      FloatPointer c,
      int ldc) {
    openblas_nolapack.cblas_sgemm(
        CblasRowMajor,
        ta ? CblasTrans : CblasNoTrans,
        tb ? CblasTrans : CblasNoTrans,
        m,
        n,
        k,
        1f,
        a,
        lda,
        b,
        ldb,
        beta,
        c,
        ldc);
  }

  /** The float64 twin of {@link #sgemmCall}. */
  static void dgemmCall(
      boolean ta,
      boolean tb,
      int m,
      int n,
      int k,
      DoublePointer a,
      int lda,
      DoublePointer b,
      int ldb,
      double beta,
      DoublePointer c,
      int ldc) {
    long pa = a.position();
    long pb = b.position();
    long pc = c.position();
    split(
        ta,
        tb,
        m,
        n,
        k,
        lda,
        ldb,
        ldc,
        (pm, pn, oa, ob, oc) ->
            openblas_nolapack.cblas_dgemm(
                CblasRowMajor,
                ta ? CblasTrans : CblasNoTrans,
                tb ? CblasTrans : CblasNoTrans,
                pm,
                pn,
                k,
                1.0,
                at(a, pa, oa),
                lda,
                at(b, pb, ob),
                ldb,
                beta,
                at(c, pc, oc),
                ldc));
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
        sgemmCall(false, transB, r, n, k, pa, k, pb, transB ? k : n, 0f, pc, n);
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
    for (int i = 0; i < calls; i++) {
      pa.position(batchA == 1 ? 0 : i * sa);
      pb.position(batchB == 1 ? 0 : i * sb);
      pc.position(i * sc);
      sgemmCall(transA, transB, rows, n, k, pa, lda, pb, ldb, 0f, pc, n);
    }
    pa.position(0);
    pb.position(0);
    pc.position(0);
    get(pc, c, 0, (int) (sc * batch));
  }

  // Copies between heap and native memory are bandwidth-bound: split over the cores they take
  // half the time. With OpenBLAS on one thread (no spinning threads of its own after a call) this
  // shows around the calls too: 15% more GFLOP/s on the MLP's shapes, 40% on (64, 19600, 288)
  // (GemmBenchmark, scratch1 against scratchP, 2 cores).

  /** Whether copies are split over the cores (on; a switch for GemmBenchmark). */
  static volatile boolean parallelCopy = true;

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
    for (int i = 0; i < calls; i++) {
      pa.position(batchA == 1 ? 0 : i * sa);
      pb.position(batchB == 1 ? 0 : i * sb);
      pc.position(i * sc);
      dgemmCall(transA, transB, rows, n, k, pa, lda, pb, ldb, 0.0, pc, n);
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
