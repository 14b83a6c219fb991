package dl.backend.cuda;

import dl.api.DType;
import dl.backend.cuda.DeviceRuntime.Convolution;
import dl.backend.cuda.DeviceRuntime.Filter4d;
import dl.backend.cuda.DeviceRuntime.Pooling;
import dl.backend.cuda.DeviceRuntime.PoolingMode;
import dl.backend.cuda.DeviceRuntime.Tensor4d;
import org.bytedeco.cuda.cudart.CUstream_st;
import org.bytedeco.cuda.cudnn.cudnnContext;
import org.bytedeco.cuda.cudnn.cudnnConvolutionStruct;
import org.bytedeco.cuda.cudnn.cudnnFilterStruct;
import org.bytedeco.cuda.cudnn.cudnnPoolingStruct;
import org.bytedeco.cuda.cudnn.cudnnTensorStruct;
import org.bytedeco.cuda.global.cudnn;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.SizeTPointer;

/**
 * cuDNN's convolution (forward, backward data, backward filter) and pooling for {@link
 * CudaRuntime}: NCHW descriptors made per call (cheap), one handle created on first use, and one
 * growing workspace; the caller holds the runtime's lock and has made the device current.
 */
final class CudnnOps {
  private final CudaRuntime rt;
  private cudnnContext dnn;
  private long workspace;
  private long workspaceBytes;

  CudnnOps(CudaRuntime rt) {
    this.rt = rt;
  }

  private static void check(int err, String op) {
    if (err != cudnn.CUDNN_STATUS_SUCCESS) {
      throw new CudaException(op + " failed: " + cudnn.cudnnGetErrorString(err).getString());
    }
  }

  private static Pointer scalar(DType t, double v) {
    return t == DType.FLOAT32 ? new FloatPointer(new float[] {(float) v}) : new DoublePointer(v);
  }

  private cudnnContext dnn(CUstream_st stream) {
    if (dnn == null) {
      dnn = new cudnnContext();
      check(cudnn.cudnnCreate(dnn), "cudnnCreate");
    }
    check(cudnn.cudnnSetStream(dnn, stream), "cudnnSetStream");
    return dnn;
  }

  private static int dataType(DType t) {
    return t == DType.FLOAT32 ? cudnn.CUDNN_DATA_FLOAT : cudnn.CUDNN_DATA_DOUBLE;
  }

  private static cudnnTensorStruct tensor(DType t, Tensor4d d) {
    cudnnTensorStruct s = new cudnnTensorStruct();
    check(cudnn.cudnnCreateTensorDescriptor(s), "cudnnCreateTensorDescriptor");
    check(
        cudnn.cudnnSetTensor4dDescriptor(
            s, cudnn.CUDNN_TENSOR_NCHW, dataType(t), d.n(), d.c(), d.h(), d.w()),
        "cudnnSetTensor4dDescriptor " + d);
    return s;
  }

  private static cudnnFilterStruct filter(DType t, Filter4d d) {
    cudnnFilterStruct s = new cudnnFilterStruct();
    check(cudnn.cudnnCreateFilterDescriptor(s), "cudnnCreateFilterDescriptor");
    check(
        cudnn.cudnnSetFilter4dDescriptor(
            s, dataType(t), cudnn.CUDNN_TENSOR_NCHW, d.k(), d.c(), d.r(), d.s()),
        "cudnnSetFilter4dDescriptor " + d);
    return s;
  }

  private static cudnnConvolutionStruct conv(DType t, Convolution c) {
    cudnnConvolutionStruct s = new cudnnConvolutionStruct();
    check(cudnn.cudnnCreateConvolutionDescriptor(s), "cudnnCreateConvolutionDescriptor");
    check(
        cudnn.cudnnSetConvolution2dDescriptor(
            s,
            c.padH(),
            c.padW(),
            c.strideH(),
            c.strideW(),
            c.dilationH(),
            c.dilationW(),
            cudnn.CUDNN_CROSS_CORRELATION,
            dataType(t)),
        "cudnnSetConvolution2dDescriptor " + c);
    check(cudnn.cudnnSetConvolutionGroupCount(s, c.groups()), "cudnnSetConvolutionGroupCount");
    return s;
  }

  private Pointer workspace(long bytes) {
    if (workspaceBytes < bytes) {
      if (workspace != 0) {
        rt.free(workspace);
      }
      workspace = rt.malloc(bytes);
      workspaceBytes = bytes;
    }
    return CudaRuntime.at(workspace);
  }

  /**
   * The descriptors of one call, destroyed together: the tensors {@code a} and {@code b}, and the
   * filter {@code w} and convolution {@code c} or the pooling {@code p} (null where the call has
   * none).
   */
  private record Descriptors(
      cudnnTensorStruct a,
      cudnnTensorStruct b,
      cudnnFilterStruct w,
      cudnnConvolutionStruct c,
      cudnnPoolingStruct p) {
    /** The tensors {@code a} and {@code b}, the filter and the convolution, made in this order. */
    static Descriptors convolution(DType t, Tensor4d a, Tensor4d b, Filter4d w, Convolution c) {
      return new Descriptors(tensor(t, a), tensor(t, b), filter(t, w), conv(t, c), null);
    }

    /** The pooling, then the tensors {@code x} and {@code y}, made in this order. */
    static Descriptors pooling(DType t, Pooling p, Tensor4d x, Tensor4d y) {
      cudnnPoolingStruct ps = CudnnOps.pooling(p);
      return new Descriptors(tensor(t, x), tensor(t, y), null, null, ps);
    }

    void destroy() {
      if (p != null) {
        cudnn.cudnnDestroyPoolingDescriptor(p);
      }
      cudnn.cudnnDestroyTensorDescriptor(a);
      cudnn.cudnnDestroyTensorDescriptor(b);
      if (w != null) {
        cudnn.cudnnDestroyFilterDescriptor(w);
      }
      if (c != null) {
        cudnn.cudnnDestroyConvolutionDescriptor(c);
      }
    }
  }

  void convolutionForward(
      DType t,
      Tensor4d xd,
      long x,
      Filter4d wd,
      long w,
      Convolution c,
      Tensor4d yd,
      long y,
      double alpha,
      double beta,
      CUstream_st stream) {
    Gemms.checkConvolution(t, xd, wd, c, yd);
    cudnnContext h = dnn(stream);
    Descriptors d = Descriptors.convolution(t, xd, yd, wd, c); // a = x, b = y
    int algo = cudnn.CUDNN_CONVOLUTION_FWD_ALGO_IMPLICIT_GEMM;
    SizeTPointer n = new SizeTPointer(1);
    check(
        cudnn.cudnnGetConvolutionForwardWorkspaceSize(h, d.a(), d.w(), d.c(), d.b(), algo, n),
        "cudnnGetConvolutionForwardWorkspaceSize");
    check(
        cudnn.cudnnConvolutionForward(
            h,
            scalar(t, alpha),
            d.a(),
            CudaRuntime.at(x),
            d.w(),
            CudaRuntime.at(w),
            d.c(),
            algo,
            workspace(n.get()),
            n.get(),
            scalar(t, beta),
            d.b(),
            CudaRuntime.at(y)),
        "cudnnConvolutionForward");
    d.destroy();
  }

  void convolutionBackwardData(
      DType t,
      Filter4d wd,
      long w,
      Tensor4d dyd,
      long dy,
      Convolution c,
      Tensor4d dxd,
      long dx,
      double alpha,
      double beta,
      CUstream_st stream) {
    Gemms.checkConvolution(t, dxd, wd, c, dyd);
    cudnnContext h = dnn(stream);
    Descriptors d = Descriptors.convolution(t, dyd, dxd, wd, c); // a = dy, b = dx
    int algo = cudnn.CUDNN_CONVOLUTION_BWD_DATA_ALGO_1;
    SizeTPointer n = new SizeTPointer(1);
    check(
        cudnn.cudnnGetConvolutionBackwardDataWorkspaceSize(h, d.w(), d.a(), d.c(), d.b(), algo, n),
        "cudnnGetConvolutionBackwardDataWorkspaceSize");
    check(
        cudnn.cudnnConvolutionBackwardData(
            h,
            scalar(t, alpha),
            d.w(),
            CudaRuntime.at(w),
            d.a(),
            CudaRuntime.at(dy),
            d.c(),
            algo,
            workspace(n.get()),
            n.get(),
            scalar(t, beta),
            d.b(),
            CudaRuntime.at(dx)),
        "cudnnConvolutionBackwardData");
    d.destroy();
  }

  void convolutionBackwardFilter(
      DType t,
      Tensor4d xd,
      long x,
      Tensor4d dyd,
      long dy,
      Convolution c,
      Filter4d dwd,
      long dw,
      double alpha,
      double beta,
      CUstream_st stream) {
    Gemms.checkConvolution(t, xd, dwd, c, dyd);
    cudnnContext h = dnn(stream);
    Descriptors d = Descriptors.convolution(t, xd, dyd, dwd, c); // a = x, b = dy
    int algo = cudnn.CUDNN_CONVOLUTION_BWD_FILTER_ALGO_1;
    SizeTPointer n = new SizeTPointer(1);
    check(
        cudnn.cudnnGetConvolutionBackwardFilterWorkspaceSize(
            h, d.a(), d.b(), d.c(), d.w(), algo, n),
        "cudnnGetConvolutionBackwardFilterWorkspaceSize");
    check(
        cudnn.cudnnConvolutionBackwardFilter(
            h,
            scalar(t, alpha),
            d.a(),
            CudaRuntime.at(x),
            d.b(),
            CudaRuntime.at(dy),
            d.c(),
            algo,
            workspace(n.get()),
            n.get(),
            scalar(t, beta),
            d.w(),
            CudaRuntime.at(dw)),
        "cudnnConvolutionBackwardFilter");
    d.destroy();
  }

  private static cudnnPoolingStruct pooling(Pooling p) {
    cudnnPoolingStruct s = new cudnnPoolingStruct();
    check(cudnn.cudnnCreatePoolingDescriptor(s), "cudnnCreatePoolingDescriptor");
    int mode =
        p.mode() == PoolingMode.MAX
            ? cudnn.CUDNN_POOLING_MAX
            : p.mode() == PoolingMode.AVERAGE_COUNT_INCLUDE_PADDING
                ? cudnn.CUDNN_POOLING_AVERAGE_COUNT_INCLUDE_PADDING
                : cudnn.CUDNN_POOLING_AVERAGE_COUNT_EXCLUDE_PADDING;
    check(
        cudnn.cudnnSetPooling2dDescriptor(
            s,
            mode,
            cudnn.CUDNN_NOT_PROPAGATE_NAN,
            p.windowH(),
            p.windowW(),
            p.padH(),
            p.padW(),
            p.strideH(),
            p.strideW()),
        "cudnnSetPooling2dDescriptor " + p);
    return s;
  }

  void poolingForward(
      DType t,
      Pooling p,
      Tensor4d xd,
      long x,
      Tensor4d yd,
      long y,
      double alpha,
      double beta,
      CUstream_st stream) {
    Gemms.checkPooling(t, p, xd, yd);
    Descriptors d = Descriptors.pooling(t, p, xd, yd);
    check(
        cudnn.cudnnPoolingForward(
            dnn(stream),
            d.p(),
            scalar(t, alpha),
            d.a(),
            CudaRuntime.at(x),
            scalar(t, beta),
            d.b(),
            CudaRuntime.at(y)),
        "cudnnPoolingForward");
    d.destroy();
  }

  void poolingBackward(
      DType t,
      Pooling p,
      Tensor4d yd,
      long y,
      long dy,
      Tensor4d xd,
      long x,
      long dx,
      double alpha,
      double beta,
      CUstream_st stream) {
    Gemms.checkPooling(t, p, xd, yd);
    Descriptors d = Descriptors.pooling(t, p, xd, yd);
    check(
        cudnn.cudnnPoolingBackward(
            dnn(stream),
            d.p(),
            scalar(t, alpha),
            d.b(),
            CudaRuntime.at(y),
            d.b(),
            CudaRuntime.at(dy),
            d.a(),
            CudaRuntime.at(x),
            scalar(t, beta),
            d.a(),
            CudaRuntime.at(dx)),
        "cudnnPoolingBackward");
    d.destroy();
  }
}
