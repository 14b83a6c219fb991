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
    int[] mm = Shapes.matmul(x.shape(), y.shape(), transA, transB); // checked, in dl.api
    int batch = mm[0];
    int batchA = mm[1];
    int batchB = mm[2];
    int m = mm[3];
    int n = mm[4];
    int k = mm[5];
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
