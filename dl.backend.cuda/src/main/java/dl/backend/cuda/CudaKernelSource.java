package dl.backend.cuda;

import dl.api.BinaryOp;
import dl.api.DType;
import dl.api.ReduceOp;

/**
 * CUDA C of the backend's layout, reduction, gather and fused kernels (the elementwise ones are in
 * {@link KernelSource}). Every kernel is a grid-stride loop over a flat index; strided kernels
 * carry shapes and strides by value in a struct of {@link KernelSource#MAX_DIMS} axes.
 */
final class CudaKernelSource {
  private CudaKernelSource() {}

  static final String LOOP =
      "  for (long long i = blockIdx.x * (long long) blockDim.x + threadIdx.x; i < n;"
          + " i += (long long) blockDim.x * gridDim.x) {\n";

  private static String struct(String name, String... arrays) {
    StringBuilder b = new StringBuilder("struct " + name + " { int ndim; ");
    for (String a : arrays) {
      b.append("long long ").append(a).append('[').append(KernelSource.MAX_DIMS).append("]; ");
    }
    return b.append("};\n").toString();
  }

  static String c(DType t) {
    return KernelSource.ctype(t);
  }

  /** {@code y[yoff + Σ k·ds] (+)= (D) x[xoff + Σ k·ss]} over an index space. */
  static String strided(String name, DType src, DType dst, boolean add) {
    return struct("CatenaStrided", "shape", "ss", "ds")
        + "extern \"C\" __global__ void "
        + name
        + "(const "
        + c(src)
        + "* x, "
        + c(dst)
        + "* y, long long n, long long xoff, long long yoff, CatenaStrided g) {\n"
        + LOOP
        + "    long long r = i, ix = xoff, iy = yoff;\n"
        + "    for (int d = g.ndim - 1; d >= 0; d--) {\n"
        + "      long long k = r % g.shape[d];\n"
        + "      r /= g.shape[d];\n"
        + "      ix += k * g.ss[d];\n"
        + "      iy += k * g.ds[d];\n"
        + "    }\n"
        + (add
            ? "    y[iy] = y[iy] + (" + c(dst) + ") x[ix];\n"
            : "    y[iy] = (" + c(dst) + ") x[ix];\n")
        + "  }\n}\n";
  }

  static String fill(String name, DType t) {
    return "extern \"C\" __global__ void "
        + name
        + "("
        + c(t)
        + "* y, long long n, double v, double step) {\n"
        + LOOP
        + "    y[i] = ("
        + c(t)
        + ") (v + step * i);\n  }\n}\n";
  }

  /** {@code y = x op s} (or {@code s op x}) with the scalar passed by value. */
  static String scalar(String name, BinaryOp op, DType t, boolean first) {
    return ElementwiseOps.prelude(op, t)
        + "extern \"C\" __global__ void "
        + name
        + "(const "
        + c(t)
        + "* x, "
        + c(t)
        + "* y, long long n, "
        + c(t)
        + " s) {\n"
        + LOOP
        + "    const "
        + c(t)
        + " v = x[i];\n    y[i] = "
        + (first ? ElementwiseOps.binary(op, t, "s", "v") : ElementwiseOps.binary(op, t, "v", "s"))
        + ";\n  }\n}\n";
  }

  static String where(String name, DType ct, DType t) {
    return struct("CatenaWhere", "shape", "sc", "sa", "sb")
        + "extern \"C\" __global__ void "
        + name
        + "(const "
        + c(ct)
        + "* cnd, const "
        + c(t)
        + "* a, const "
        + c(t)
        + "* b, "
        + c(t)
        + "* y, long long n, CatenaWhere g) {\n"
        + LOOP
        + "    long long r = i, ic = 0, ia = 0, ib = 0;\n"
        + "    for (int d = g.ndim - 1; d >= 0; d--) {\n"
        + "      long long k = r % g.shape[d];\n"
        + "      r /= g.shape[d];\n"
        + "      ic += k * g.sc[d];\n"
        + "      ia += k * g.sa[d];\n"
        + "      ib += k * g.sb[d];\n"
        + "    }\n"
        + "    y[i] = cnd[ic] != 0 ? a[ia] : b[ib];\n  }\n}\n";
  }

  /** Reduction of the middle axis of an (outer, r, inner) view, one thread per output. */
  static String reduce3(String name, ReduceOp op, DType t) {
    String acc = t == DType.INT32 ? "long long" : "double";
    String init;
    String combine;
    switch (op) {
      case SUM:
        init = "0";
        combine = "s + v";
        break;
      case PROD:
        init = "1";
        combine = "s * v";
        break;
      case MAX:
        init = t == DType.INT32 ? "-2147483648LL" : "-__longlong_as_double(0x7ff0000000000000LL)";
        combine = "(v > s || v != v) ? v : s";
        break;
      case MIN:
        init = t == DType.INT32 ? "2147483647LL" : "__longlong_as_double(0x7ff0000000000000LL)";
        combine = "(v < s || v != v) ? v : s";
        break;
      default:
        throw new IllegalArgumentException("reduce " + op);
    }
    return "extern \"C\" __global__ void "
        + name
        + "(const "
        + c(t)
        + "* x, "
        + c(t)
        + "* y, long long n, long long r, long long inner) {\n"
        + LOOP
        + "    const "
        + c(t)
        + "* p = x + (i / inner) * r * inner + i % inner;\n"
        + "    "
        + acc
        + " s = "
        + init
        + ";\n"
        + "    for (long long k = 0; k < r; k++) {\n"
        + "      const "
        + acc
        + " v = p[k * inner];\n"
        + "      if (s != s) break;\n"
        + "      s = "
        + combine
        + ";\n    }\n"
        + "    y[i] = ("
        + c(t)
        + ") s;\n  }\n}\n";
  }

  /** Index of the first maximum (minimum) along the middle axis; the first NaN wins. */
  static String arg3(String name, boolean max, DType t) {
    return "extern \"C\" __global__ void "
        + name
        + "(const "
        + c(t)
        + "* x, int* y, long long n, long long r, long long inner) {\n"
        + LOOP
        + "    const "
        + c(t)
        + "* p = x + (i / inner) * r * inner + i % inner;\n"
        + "    "
        + c(t)
        + " best = p[0];\n    int bi = 0;\n"
        + "    for (long long k = 1; k < r && best == best; k++) {\n"
        + "      const "
        + c(t)
        + " v = p[k * inner];\n"
        + "      if (v != v || v "
        + (max ? ">" : "<")
        + " best) { best = v; bi = (int) k; }\n    }\n"
        + "    y[i] = bi;\n  }\n}\n";
  }

  /**
   * Gather along the middle axis of (outer, len, inner) at int32 indices (negative ones wrap); an
   * index out of range is recorded in {@code err} and gives 0. With {@code add}, scatter-adds
   * {@code v} into {@code a} atomically (repeated indices accumulate).
   */
  static String take(String name, DType t, boolean add) {
    String idx =
        "    long long q = i % inner, p = (i / inner) % nidx, o = i / (inner * nidx);\n"
            + "    long long j = idx[p];\n"
            + "    if (j < 0) j += len;\n"
            + "    if (j < 0 || j >= len) { err[0] = 1; err[1] = idx[p]; continue; }\n"
            + "    long long src = (o * len + j) * inner + q;\n";
    return "extern \"C\" __global__ void "
        + name
        + "("
        + (add ? "" : "const ")
        + c(t)
        + "* a, const int* idx, "
        + (add ? "const " : "")
        + c(t)
        + "* v, long long n, long long nidx, long long len, long long inner, int* err) {\n"
        + LOOP
        + idx
        + (add ? "    atomicAdd(&a[src], v[i]);\n" : "    v[i] = a[src];\n")
        + "  }\n}\n";
  }

  /** Chainer's select_item along the middle axis: one index per (outer, inner) position. */
  static String select(String name, DType t, boolean add) {
    return "extern \"C\" __global__ void "
        + name
        + "("
        + (add ? "" : "const ")
        + c(t)
        + "* a, const int* idx, "
        + (add ? "const " : "")
        + c(t)
        + "* v, long long n, long long len, long long inner, int* err) {\n"
        + LOOP
        + "    long long q = i % inner, o = i / inner;\n"
        + "    long long j = idx[i];\n"
        + "    if (j < 0) j += len;\n"
        + "    if (j < 0 || j >= len) { err[0] = 1; err[1] = idx[i]; continue; }\n"
        + "    long long src = (o * len + j) * inner + q;\n"
        + (add ? "    a[src] = a[src] + v[i];\n" : "    v[i] = a[src];\n")
        + "  }\n}\n";
  }

  /** Row-major batched int32 matrix product (cuBLAS has none), one thread per output. */
  static String matmulInt(String name) {
    return "extern \"C\" __global__ void "
        + name
        + "(const int* a, const int* b, int* c, long long n, long long M, long long N,"
        + " long long K, long long sa, long long sb, long long ak, long long am, long long bk,"
        + " long long bn) {\n"
        + LOOP
        + "    long long q = i / (M * N), r = (i / N) % M, col = i % N;\n"
        + "    const int* x = a + q * sa + r * am;\n"
        + "    const int* y = b + q * sb + col * bn;\n"
        + "    int s = 0;\n"
        + "    for (long long k = 0; k < K; k++) s += x[k * ak] * y[k * bk];\n"
        + "    c[i] = s;\n  }\n}\n";
  }

  static String axpy(String name, DType t) {
    return "extern \"C\" __global__ void "
        + name
        + "("
        + c(t)
        + "* y, const "
        + c(t)
        + "* x, long long n, double alpha) {\n"
        + LOOP
        + "    y[i] = ("
        + c(t)
        + ") (y[i] + alpha * x[i]);\n  }\n}\n";
  }

  /** Adam's update in one pass, as the contract's default composes it. */
  static String adam(String name, DType t) {
    String ct = c(t);
    return "extern \"C\" __global__ void "
        + name
        + "("
        + ct
        + "* p, const "
        + ct
        + "* g, "
        + ct
        + "* m, "
        + ct
        + "* v, long long n, "
        + ct
        + " lr, "
        + ct
        + " b1, "
        + ct
        + " b2, "
        + ct
        + " eps, "
        + ct
        + " eta, "
        + ct
        + " wd) {\n"
        + LOOP
        + "    const "
        + ct
        + " gi = g[i];\n"
        + "    const "
        + ct
        + " mi = m[i] + (1 - b1) * (gi - m[i]);\n"
        + "    const "
        + ct
        + " vi = v[i] + (1 - b2) * (gi * gi - v[i]);\n"
        + "    m[i] = mi;\n    v[i] = vi;\n"
        + "    p[i] = p[i] - eta * (lr * mi / (sqrt(vi) + eps) + wd * p[i]);\n  }\n}\n";
  }
}
