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
    cudnnTensorStruct xs = tensor(t, xd);
    cudnnTensorStruct ys = tensor(t, yd);
    cudnnFilterStruct ws = filter(t, wd);
    cudnnConvolutionStruct cs = conv(t, c);
    int algo = cudnn.CUDNN_CONVOLUTION_FWD_ALGO_IMPLICIT_GEMM;
    SizeTPointer n = new SizeTPointer(1);
    check(
        cudnn.cudnnGetConvolutionForwardWorkspaceSize(h, xs, ws, cs, ys, algo, n),
        "cudnnGetConvolutionForwardWorkspaceSize");
    check(
        cudnn.cudnnConvolutionForward(
            h,
            scalar(t, alpha),
            xs,
            CudaRuntime.at(x),
            ws,
            CudaRuntime.at(w),
            cs,
            algo,
            workspace(n.get()),
            n.get(),
            scalar(t, beta),
            ys,
            CudaRuntime.at(y)),
        "cudnnConvolutionForward");
    destroy(xs, ys, ws, cs);
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
    cudnnTensorStruct dys = tensor(t, dyd);
    cudnnTensorStruct dxs = tensor(t, dxd);
    cudnnFilterStruct ws = filter(t, wd);
    cudnnConvolutionStruct cs = conv(t, c);
    int algo = cudnn.CUDNN_CONVOLUTION_BWD_DATA_ALGO_1;
    SizeTPointer n = new SizeTPointer(1);
    check(
        cudnn.cudnnGetConvolutionBackwardDataWorkspaceSize(h, ws, dys, cs, dxs, algo, n),
        "cudnnGetConvolutionBackwardDataWorkspaceSize");
    check(
        cudnn.cudnnConvolutionBackwardData(
            h,
            scalar(t, alpha),
            ws,
            CudaRuntime.at(w),
            dys,
            CudaRuntime.at(dy),
            cs,
            algo,
            workspace(n.get()),
            n.get(),
            scalar(t, beta),
            dxs,
            CudaRuntime.at(dx)),
        "cudnnConvolutionBackwardData");
    destroy(dys, dxs, ws, cs);
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
    cudnnTensorStruct xs = tensor(t, xd);
    cudnnTensorStruct dys = tensor(t, dyd);
    cudnnFilterStruct ws = filter(t, dwd);
    cudnnConvolutionStruct cs = conv(t, c);
    int algo = cudnn.CUDNN_CONVOLUTION_BWD_FILTER_ALGO_1;
    SizeTPointer n = new SizeTPointer(1);
    check(
        cudnn.cudnnGetConvolutionBackwardFilterWorkspaceSize(h, xs, dys, cs, ws, algo, n),
        "cudnnGetConvolutionBackwardFilterWorkspaceSize");
    check(
        cudnn.cudnnConvolutionBackwardFilter(
            h,
            scalar(t, alpha),
            xs,
            CudaRuntime.at(x),
            dys,
            CudaRuntime.at(dy),
            cs,
            algo,
            workspace(n.get()),
            n.get(),
            scalar(t, beta),
            ws,
            CudaRuntime.at(dw)),
        "cudnnConvolutionBackwardFilter");
    destroy(xs, dys, ws, cs);
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
    cudnnPoolingStruct ps = pooling(p);
    cudnnTensorStruct xs = tensor(t, xd);
    cudnnTensorStruct ys = tensor(t, yd);
    check(
        cudnn.cudnnPoolingForward(
            dnn(stream),
            ps,
            scalar(t, alpha),
            xs,
            CudaRuntime.at(x),
            scalar(t, beta),
            ys,
            CudaRuntime.at(y)),
        "cudnnPoolingForward");
    cudnn.cudnnDestroyPoolingDescriptor(ps);
    destroy(xs, ys, null, null);
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
    cudnnPoolingStruct ps = pooling(p);
    cudnnTensorStruct xs = tensor(t, xd);
    cudnnTensorStruct ys = tensor(t, yd);
    check(
        cudnn.cudnnPoolingBackward(
            dnn(stream),
            ps,
            scalar(t, alpha),
            ys,
            CudaRuntime.at(y),
            ys,
            CudaRuntime.at(dy),
            xs,
            CudaRuntime.at(x),
            scalar(t, beta),
            xs,
            CudaRuntime.at(dx)),
        "cudnnPoolingBackward");
    cudnn.cudnnDestroyPoolingDescriptor(ps);
    destroy(xs, ys, null, null);
  }

  private static void destroy(
      cudnnTensorStruct a, cudnnTensorStruct b, cudnnFilterStruct f, cudnnConvolutionStruct c) {
    cudnn.cudnnDestroyTensorDescriptor(a);
    cudnn.cudnnDestroyTensorDescriptor(b);
    if (f != null) {
      cudnn.cudnnDestroyFilterDescriptor(f);
    }
    if (c != null) {
      cudnn.cudnnDestroyConvolutionDescriptor(c);
    }
  }
}
