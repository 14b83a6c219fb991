package dl.backend.cuda;

import dl.api.BinaryOp;
import dl.api.DType;
import dl.api.ReduceOp;
import dl.api.UnaryOp;

/**
 * CUDA C source of the runtime-compiled kernels (compiled with NVRTC once per signature and
 * cached). Elementwise kernels use a grid-stride loop over a flat index; binary kernels carry the
 * broadcast strides of both operands by value (up to {@link #MAX_DIMS} axes); reductions reduce the
 * contiguous last axis with one block per output element.
 *
 * <pre>{@code
 * String src = KernelSource.unary(UnaryOp.EXP, DType.FLOAT32);
 * // extern "C" __global__ void catena_unary_exp_float32(const float* x, float* y, long long n)
 * }</pre>
 */
public final class KernelSource {
  /** Most axes a broadcasting kernel handles (more are merged or rejected by the caller). */
  public static final int MAX_DIMS = 8;

  private KernelSource() {}

  /** The C type of a dtype. */
  public static String ctype(DType t) {
    switch (t) {
      case FLOAT32:
        return "float";
      case FLOAT64:
        return "double";
      default:
        return "int";
    }
  }

  /** The kernel's name, unique per signature (the cache key). */
  public static String unaryName(UnaryOp op, DType t) {
    return "catena_unary_" + op.name().toLowerCase() + "_" + t.label();
  }

  /** The kernel's name for a binary op. */
  public static String binaryName(BinaryOp op, DType t) {
    return "catena_binary_" + op.name().toLowerCase() + "_" + t.label();
  }

  /** The kernel's name for a reduction. */
  public static String reduceName(ReduceOp op, DType t) {
    return "catena_reduce_" + op.name().toLowerCase() + "_" + t.label();
  }

  /** Source of {@code y[i] = op(x[i])}. */
  public static String unary(UnaryOp op, DType t) {
    String c = ctype(t);
    return "extern \"C\" __global__ void "
        + unaryName(op, t)
        + "(const "
        + c
        + "* x, "
        + c
        + "* y, long long n) {\n"
        + "  for (long long i = blockIdx.x * (long long) blockDim.x + threadIdx.x; i < n;"
        + " i += (long long) blockDim.x * gridDim.x) {\n"
        + "    const "
        + c
        + " v = x[i];\n"
        + "    y[i] = "
        + ElementwiseOps.unary(op, t, "v")
        + ";\n"
        + "  }\n"
        + "}\n";
  }

  /** Source of {@code y = a op b} with broadcasting through per-operand strides. */
  public static String binary(BinaryOp op, DType t) {
    String c = ctype(t);
    return ElementwiseOps.prelude(op, t)
        + "struct CatenaBroadcast { int ndim; long long shape["
        + MAX_DIMS
        + "]; long long sa["
        + MAX_DIMS
        + "]; long long sb["
        + MAX_DIMS
        + "]; };\n"
        + "extern \"C\" __global__ void "
        + binaryName(op, t)
        + "(const "
        + c
        + "* a, const "
        + c
        + "* b, "
        + c
        + "* y, long long n, CatenaBroadcast g) {\n"
        + "  for (long long i = blockIdx.x * (long long) blockDim.x + threadIdx.x; i < n;"
        + " i += (long long) blockDim.x * gridDim.x) {\n"
        + "    long long r = i, ia = 0, ib = 0;\n"
        + "    for (int d = g.ndim - 1; d >= 0; d--) {\n"
        + "      long long k = r % g.shape[d];\n"
        + "      r /= g.shape[d];\n"
        + "      ia += k * g.sa[d];\n"
        + "      ib += k * g.sb[d];\n"
        + "    }\n"
        + "    const "
        + c
        + " u = a[ia];\n"
        + "    const "
        + c
        + " v = b[ib];\n"
        + "    y[i] = "
        + ElementwiseOps.binary(op, t, "u", "v")
        + ";\n"
        + "  }\n"
        + "}\n";
  }

  /**
   * Source of a reduction of the contiguous last axis: {@code y[j] = reduce(x[j·m .. j·m+m))}, one
   * block per output, accumulating in double for floating types.
   */
  public static String reduce(ReduceOp op, DType t) {
    String c = ctype(t);
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
        init = t == DType.INT32 ? "-2147483648LL" : "-CUDART_INF";
        combine = "(v > s || v != v) ? v : s";
        break;
      default:
        init = t == DType.INT32 ? "2147483647LL" : "CUDART_INF";
        combine = "(v < s || v != v) ? v : s";
        break;
    }
    return "#define CUDART_INF __longlong_as_double(0x7ff0000000000000ULL)\n"
        + "extern \"C\" __global__ void "
        + reduceName(op, t)
        + "(const "
        + c
        + "* x, "
        + c
        + "* y, long long m) {\n"
        + "  extern __shared__ unsigned char smem[];\n"
        + "  "
        + acc
        + "* part = reinterpret_cast<"
        + acc
        + "*>(smem);\n"
        + "  const "
        + c
        + "* row = x + blockIdx.x * m;\n"
        + "  "
        + acc
        + " s = "
        + init
        + ";\n"
        + "  for (long long k = threadIdx.x; k < m; k += blockDim.x) {\n"
        + "    const "
        + acc
        + " v = row[k];\n"
        + "    s = "
        + combine
        + ";\n"
        + "  }\n"
        + "  part[threadIdx.x] = s;\n"
        + "  __syncthreads();\n"
        + "  for (unsigned w = blockDim.x / 2; w > 0; w >>= 1) {\n"
        + "    if (threadIdx.x < w) {\n"
        + "      const "
        + acc
        + " v = part[threadIdx.x + w];\n"
        + "      s = part[threadIdx.x];\n"
        + "      part[threadIdx.x] = "
        + combine
        + ";\n"
        + "    }\n"
        + "    __syncthreads();\n"
        + "  }\n"
        + "  if (threadIdx.x == 0) y[blockIdx.x] = ("
        + c
        + ") part[0];\n"
        + "}\n";
  }
}
