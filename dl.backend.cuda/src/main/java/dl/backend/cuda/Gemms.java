package dl.backend.cuda;

import dl.api.DType;
import dl.backend.cuda.DeviceRuntime.Convolution;
import dl.backend.cuda.DeviceRuntime.Filter4d;
import dl.backend.cuda.DeviceRuntime.Pooling;
import dl.backend.cuda.DeviceRuntime.Tensor4d;

/**
 * The argument rules of cuBLAS's GEMM and cuDNN's convolution and pooling, checked identically for
 * both runtimes so that a call the library would refuse fails on the simulator too.
 */
final class Gemms {
  private Gemms() {}

  static void check(
      DType t, boolean ta, boolean tb, int m, int n, int k, int lda, int ldb, int ldc) {
    if (t == DType.INT32) {
      throw new IllegalArgumentException("gemm: cuBLAS has no int32 GEMM");
    }
    int rowsA = ta ? k : m;
    int rowsB = tb ? n : k;
    if (m < 0
        || n < 0
        || k < 0
        || lda < Math.max(1, rowsA)
        || ldb < Math.max(1, rowsB)
        || ldc < Math.max(1, m)) {
      throw new IllegalArgumentException(
          "gemm: CUBLAS_STATUS_INVALID_VALUE (m="
              + m
              + " n="
              + n
              + " k="
              + k
              + " lda="
              + lda
              + " ldb="
              + ldb
              + " ldc="
              + ldc
              + ")");
    }
  }

  /** cuDNN's output size: {@code (in + 2·pad − dilation·(window − 1) − 1) / stride + 1}. */
  static int convOut(int in, int window, int pad, int stride, int dilation) {
    return (in + 2 * pad - dilation * (window - 1) - 1) / stride + 1;
  }

  static void checkConvolution(DType t, Tensor4d x, Filter4d w, Convolution c, Tensor4d y) {
    if (t == DType.INT32) {
      throw new IllegalArgumentException("convolution: cuDNN convolves float32 and float64 only");
    }
    int g = c.groups();
    boolean ok =
        g >= 1
            && x.c() == w.c() * g
            && w.k() % g == 0
            && y.n() == x.n()
            && y.c() == w.k()
            && y.h() == convOut(x.h(), w.r(), c.padH(), c.strideH(), c.dilationH())
            && y.w() == convOut(x.w(), w.s(), c.padW(), c.strideW(), c.dilationW());
    if (!ok) {
      throw new IllegalArgumentException(
          "convolution: CUDNN_STATUS_BAD_PARAM: x " + x + ", w " + w + ", " + c + ", y " + y);
    }
  }

  static void checkPooling(DType t, Pooling p, Tensor4d x, Tensor4d y) {
    if (t == DType.INT32) {
      throw new IllegalArgumentException("pooling: cuDNN pools float32 and float64 only");
    }
    boolean ok =
        y.n() == x.n()
            && y.c() == x.c()
            && y.h() == convOut(x.h(), p.windowH(), p.padH(), p.strideH(), 1)
            && y.w() == convOut(x.w(), p.windowW(), p.padW(), p.strideW(), 1);
    if (!ok) {
      throw new IllegalArgumentException(
          "pooling: CUDNN_STATUS_BAD_PARAM: x " + x + ", " + p + ", y " + y);
    }
  }
}
