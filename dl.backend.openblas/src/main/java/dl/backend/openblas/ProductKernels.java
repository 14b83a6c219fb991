package dl.backend.openblas;

import dl.api.NdArray;
import dl.api.Shapes;

/** Matrix products through OpenBLAS ({@link Gemm}). */
final class ProductKernels extends CpuKernelGroup {
  ProductKernels(CpuBackend backend) {
    super(backend);
  }

  NdArray matmul(NdArray a, NdArray b, boolean transA, boolean transB) {
    String kernel = "matmul";
    CpuArray x = arr(a, kernel);
    CpuArray y = arr(b, kernel);
    requireSameDtype(kernel, x, y);
    int nd = x.ndim();
    if (nd != y.ndim() || nd < 2 || nd > 3) {
      throw new IllegalArgumentException(
          "matmul: operands must both be 2-d or both 3-d"
              + " (batched), got shapes "
              + Shapes.str(x.shape())
              + " and "
              + Shapes.str(y.shape()));
    }
    int[] xs = x.shape();
    int[] ys = y.shape();
    int batchA = nd == 3 ? xs[0] : 1;
    int batchB = nd == 3 ? ys[0] : 1;
    if (batchA != batchB && batchA != 1 && batchB != 1) {
      throw new IllegalArgumentException(
          "matmul: batch sizes of shapes "
              + Shapes.str(xs)
              + " and "
              + Shapes.str(ys)
              + " differ (a batch of 1 broadcasts)");
    }
    int batch = Math.max(batchA, batchB);
    int m = transA ? xs[nd - 1] : xs[nd - 2];
    int k = transA ? xs[nd - 2] : xs[nd - 1];
    int k2 = transB ? ys[nd - 1] : ys[nd - 2];
    int n = transB ? ys[nd - 2] : ys[nd - 1];
    if (k != k2) {
      throw new IllegalArgumentException(
          "matmul: inner dimensions differ: shapes "
              + Shapes.str(xs)
              + (transA ? "ᵀ" : "")
              + " and "
              + Shapes.str(ys)
              + (transB ? "ᵀ" : "")
              + " (transA="
              + transA
              + ", transB="
              + transB
              + ") give "
              + k
              + " vs "
              + k2);
    }
    int[] outShape = nd == 3 ? new int[] {batch, m, n} : new int[] {m, n};
    CpuArray r = empty(x.dtype(), outShape);
    if (r.size() == 0 || k == 0) {
      return r; // an empty sum is 0
    }
    switch (x.dtype()) {
      case FLOAT32:
        Gemm.sgemm(transA, transB, batch, batchA, batchB, m, n, k, x.f(), y.f(), r.f());
        break;
      case FLOAT64:
        Gemm.dgemm(transA, transB, batch, batchA, batchB, m, n, k, x.d(), y.d(), r.d());
        break;
      default:
        Gemm.igemm(transA, transB, batch, batchA, batchB, m, n, k, x.i(), y.i(), r.i());
    }
    return r;
  }
}
