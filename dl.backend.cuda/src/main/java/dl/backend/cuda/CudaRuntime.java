package dl.backend.cuda;

import static org.bytedeco.cuda.global.cublas.CUBLAS_OP_N;
import static org.bytedeco.cuda.global.cublas.CUBLAS_OP_T;
import static org.bytedeco.cuda.global.cudart.cudaMemcpyDeviceToDevice;
import static org.bytedeco.cuda.global.cudart.cudaMemcpyDeviceToHost;
import static org.bytedeco.cuda.global.cudart.cudaMemcpyHostToDevice;

import dl.api.DType;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.cuda.cublas.cublasContext;
import org.bytedeco.cuda.cudart.CUevent_st;
import org.bytedeco.cuda.cudart.CUfunc_st;
import org.bytedeco.cuda.cudart.CUmod_st;
import org.bytedeco.cuda.cudart.CUstream_st;
import org.bytedeco.cuda.global.cublas;
import org.bytedeco.cuda.global.cudart;
import org.bytedeco.cuda.global.nvrtc;
import org.bytedeco.cuda.nvrtc._nvrtcProgram;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacpp.SizeTPointer;

/**
 * The GPU implementation of {@link DeviceRuntime} on the bytedeco presets: cudart for memory,
 * streams and events, the driver API for modules and launches, NVRTC for compiling to CUBIN of the
 * device's architecture, cuBLAS for GEMM and cuDNN for convolution and pooling. Host transfers go
 * through a pinned staging buffer. Every call makes the device current on the calling thread.
 */
final class CudaRuntime implements DeviceRuntime {
  private final int device;
  private final Properties properties;
  private final List<CUstream_st> streams = new ArrayList<>();
  private final cublasContext blas = new cublasContext();
  private final CudnnOps dnn = new CudnnOps(this);
  private BytePointer staging;
  private long stagingBytes;

  CudaRuntime(int device) {
    this.device = device;
    check(cudart.cudaSetDevice(device), "cudaSetDevice(" + device + ")");
    check(cudart.cudaFree(null), "cudaFree(null) (creating the context)");
    int major = attribute(cudart.cudaDevAttrComputeCapabilityMajor);
    int minor = attribute(cudart.cudaDevAttrComputeCapabilityMinor);
    IntPointer maj = new IntPointer(1);
    IntPointer min = new IntPointer(1);
    nvrtc.nvrtcVersion(maj, min);
    SizeTPointer free = new SizeTPointer(1);
    SizeTPointer total = new SizeTPointer(1);
    check(cudart.cudaMemGetInfo(free, total), "cudaMemGetInfo");
    properties =
        new Properties(
            "CUDA device " + device + " (sm_" + major + minor + ")",
            "sm_" + major + minor,
            "nvrtc " + maj.get() + "." + min.get(),
            attribute(cudart.cudaDevAttrMaxThreadsPerBlock),
            attribute(cudart.cudaDevAttrMultiProcessorCount),
            total.get(),
            false);
    checkBlas(cublas.cublasCreate_v2(blas), "cublasCreate");
  }

  private int attribute(int attr) {
    IntPointer v = new IntPointer(1);
    check(cudart.cudaDeviceGetAttribute(v, attr, device), "cudaDeviceGetAttribute");
    return v.get();
  }

  private static void check(int err, String op) {
    if (err != cudart.cudaSuccess) {
      throw new CudaException(op + " failed: " + cudart.cudaGetErrorString(err).getString());
    }
  }

  private static void checkDriver(int err, String op) {
    if (err != 0) {
      throw new CudaException(op + " failed: CUresult " + err);
    }
  }

  private static void checkBlas(int err, String op) {
    if (err != cublas.CUBLAS_STATUS_SUCCESS) {
      throw new CudaException(op + " failed: cuBLAS status " + err);
    }
  }

  /** A pointer object at a raw device address. */
  static Pointer at(long a) {
    return new Address(a);
  }

  private static final class Address extends Pointer {
    Address(long a) {
      address = a;
    }
  }

  private void current() {
    cudart.cudaSetDevice(device);
  }

  private CUstream_st s(long stream) {
    return stream == 0 ? null : streams.get((int) stream - 1);
  }

  @Override
  public Properties properties() {
    return properties;
  }

  @Override
  public synchronized long malloc(long bytes) {
    current();
    Pointer p = new Pointer();
    int err = cudart.cudaMalloc(p, Math.max(bytes, 1));
    if (err == cudart.cudaErrorMemoryAllocation) {
      cudart.cudaGetLastError(); // clear it: not sticky
      throw new OutOfMemoryError("cudaMalloc of " + bytes + " bytes: out of memory");
    }
    check(err, "cudaMalloc(" + bytes + ")");
    return p.address();
  }

  @Override
  public synchronized void free(long pointer) {
    current();
    check(cudart.cudaFree(at(pointer)), "cudaFree");
  }

  private BytePointer staging(long bytes) {
    if (stagingBytes < bytes) {
      if (staging != null) {
        cudart.cudaFreeHost(staging);
      }
      staging = new BytePointer();
      stagingBytes = Math.max(bytes, 1 << 20);
      check(cudart.cudaMallocHost(staging, stagingBytes), "cudaMallocHost (pinned staging)");
      staging.capacity(stagingBytes);
    }
    return staging;
  }

  @Override
  public synchronized void copyToDevice(long dst, ByteBuffer src, long bytes, long stream) {
    current();
    // The staging buffer is reused: earlier copies out of it must have finished.
    check(cudart.cudaStreamSynchronize(s(stream)), "cudaStreamSynchronize");
    BytePointer st = staging(bytes);
    byte[] tmp = new byte[(int) bytes];
    src.duplicate().get(tmp);
    st.position(0).put(tmp);
    check(
        cudart.cudaMemcpyAsync(at(dst), st.position(0), bytes, cudaMemcpyHostToDevice, s(stream)),
        "cudaMemcpyAsync host to device");
  }

  @Override
  public synchronized void copyToHost(ByteBuffer dst, long src, long bytes, long stream) {
    current();
    BytePointer st = staging(bytes);
    check(
        cudart.cudaMemcpyAsync(st.position(0), at(src), bytes, cudaMemcpyDeviceToHost, s(stream)),
        "cudaMemcpyAsync device to host");
    check(cudart.cudaStreamSynchronize(s(stream)), "cudaStreamSynchronize (host read)");
    byte[] tmp = new byte[(int) bytes];
    st.position(0).get(tmp);
    dst.duplicate().put(tmp);
  }

  @Override
  public synchronized void copyDeviceToDevice(long dst, long src, long bytes, long stream) {
    current();
    check(
        cudart.cudaMemcpyAsync(at(dst), at(src), bytes, cudaMemcpyDeviceToDevice, s(stream)),
        "cudaMemcpyAsync device to device");
  }

  @Override
  public synchronized void memset(long dst, int value, long bytes, long stream) {
    current();
    check(cudart.cudaMemsetAsync(at(dst), value, bytes, s(stream)), "cudaMemsetAsync");
  }

  @Override
  public byte[] compile(String source, String name, List<String> kernels) {
    _nvrtcProgram prog = new _nvrtcProgram();
    int err =
        nvrtc.nvrtcCreateProgram(
            prog,
            new BytePointer(source),
            new BytePointer(name + ".cu"),
            0,
            (PointerPointer<?>) null,
            null);
    if (err != nvrtc.NVRTC_SUCCESS) {
      throw new CudaException("nvrtcCreateProgram: " + nvrtc.nvrtcGetErrorString(err).getString());
    }
    try {
      String[] opts = {"--gpu-architecture=" + properties.architecture(), "--std=c++14"};
      PointerPointer<BytePointer> o = new PointerPointer<>(opts);
      err = nvrtc.nvrtcCompileProgram(prog, opts.length, o);
      if (err != nvrtc.NVRTC_SUCCESS) {
        SizeTPointer n = new SizeTPointer(1);
        nvrtc.nvrtcGetProgramLogSize(prog, n);
        BytePointer log = new BytePointer(n.get());
        nvrtc.nvrtcGetProgramLog(prog, log);
        throw new KernelCompileException(
            name, properties.compilerVersion(), log.getString(), source);
      }
      SizeTPointer n = new SizeTPointer(1);
      nvrtc.nvrtcGetCUBINSize(prog, n);
      byte[] image = new byte[(int) n.get()];
      nvrtc.nvrtcGetCUBIN(prog, image);
      return image;
    } finally {
      nvrtc.nvrtcDestroyProgram(prog);
    }
  }

  private record GpuKernel(String name, CUfunc_st function) implements Kernel {}

  @Override
  public synchronized Module load(byte[] image, List<String> kernels) {
    current();
    CUmod_st module = new CUmod_st();
    checkDriver(cudart.cuModuleLoadData(module, new BytePointer(image)), "cuModuleLoadData");
    List<Kernel> ks = new ArrayList<>();
    for (String k : kernels) {
      CUfunc_st f = new CUfunc_st();
      checkDriver(cudart.cuModuleGetFunction(f, module, k), "cuModuleGetFunction(" + k + ")");
      ks.add(new GpuKernel(k, f));
    }
    return name -> ks.get(kernels.indexOf(name));
  }

  @Override
  public synchronized void launch(
      Kernel k, int[] grid, int[] block, int sharedBytes, long stream, KernelArgs args) {
    current();
    List<byte[]> values = args.values();
    PointerPointer<BytePointer> params = new PointerPointer<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      params.put(i, new BytePointer(values.get(i)));
    }
    checkDriver(
        cudart.cuLaunchKernel(
            ((GpuKernel) k).function(),
            grid[0],
            grid.length > 1 ? grid[1] : 1,
            grid.length > 2 ? grid[2] : 1,
            block[0],
            block.length > 1 ? block[1] : 1,
            block.length > 2 ? block[2] : 1,
            sharedBytes,
            s(stream),
            params,
            null),
        "cuLaunchKernel(" + k.name() + ")");
  }

  @Override
  public synchronized long createStream() {
    current();
    CUstream_st st = new CUstream_st();
    check(cudart.cudaStreamCreate(st), "cudaStreamCreate");
    streams.add(st);
    return streams.size();
  }

  @Override
  public synchronized void synchronize(long stream) {
    current();
    check(cudart.cudaStreamSynchronize(s(stream)), "cudaStreamSynchronize");
  }

  private final List<CUevent_st> events = new ArrayList<>();

  @Override
  public synchronized long recordEvent(long stream) {
    current();
    CUevent_st e = new CUevent_st();
    check(cudart.cudaEventCreate(e), "cudaEventCreate");
    check(cudart.cudaEventRecord(e, s(stream)), "cudaEventRecord");
    events.add(e);
    return events.size();
  }

  @Override
  public synchronized void waitEvent(long stream, long event) {
    current();
    check(
        cudart.cudaStreamWaitEvent(s(stream), events.get((int) event - 1), 0),
        "cudaStreamWaitEvent");
  }

  @Override
  public synchronized void synchronizeEvent(long event) {
    current();
    CUevent_st e = events.get((int) event - 1);
    check(cudart.cudaEventSynchronize(e), "cudaEventSynchronize");
    cudart.cudaEventDestroy(e);
  }

  @Override
  public synchronized void gemm(
      DType t,
      boolean transA,
      boolean transB,
      int m,
      int n,
      int k,
      double alpha,
      long a,
      int lda,
      long strideA,
      long b,
      int ldb,
      long strideB,
      double beta,
      long c,
      int ldc,
      long strideC,
      int batch,
      long stream) {
    Gemms.check(t, transA, transB, m, n, k, lda, ldb, ldc);
    current();
    checkBlas(cublas.cublasSetStream_v2(blas, s(stream)), "cublasSetStream");
    int ta = transA ? CUBLAS_OP_T : CUBLAS_OP_N;
    int tb = transB ? CUBLAS_OP_T : CUBLAS_OP_N;
    int err;
    if (t == DType.FLOAT32) {
      FloatPointer al = new FloatPointer(new float[] {(float) alpha});
      FloatPointer be = new FloatPointer(new float[] {(float) beta});
      err =
          cublas.cublasSgemmStridedBatched(
              blas,
              ta,
              tb,
              m,
              n,
              k,
              al,
              new FloatPointer(at(a)),
              lda,
              strideA,
              new FloatPointer(at(b)),
              ldb,
              strideB,
              be,
              new FloatPointer(at(c)),
              ldc,
              strideC,
              batch);
    } else {
      DoublePointer al = new DoublePointer(alpha);
      DoublePointer be = new DoublePointer(beta);
      err =
          cublas.cublasDgemmStridedBatched(
              blas,
              ta,
              tb,
              m,
              n,
              k,
              al,
              new DoublePointer(at(a)),
              lda,
              strideA,
              new DoublePointer(at(b)),
              ldb,
              strideB,
              be,
              new DoublePointer(at(c)),
              ldc,
              strideC,
              batch);
    }
    checkBlas(err, "cublas" + (t == DType.FLOAT32 ? "S" : "D") + "gemmStridedBatched");
  }

  // ---- cuDNN (CudnnOps)

  @Override
  public synchronized void convolutionForward(
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
      long stream) {
    current();
    dnn.convolutionForward(t, xd, x, wd, w, c, yd, y, alpha, beta, s(stream));
  }

  @Override
  public synchronized void convolutionBackwardData(
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
      long stream) {
    current();
    dnn.convolutionBackwardData(t, wd, w, dyd, dy, c, dxd, dx, alpha, beta, s(stream));
  }

  @Override
  public synchronized void convolutionBackwardFilter(
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
      long stream) {
    current();
    dnn.convolutionBackwardFilter(t, xd, x, dyd, dy, c, dwd, dw, alpha, beta, s(stream));
  }

  @Override
  public synchronized void poolingForward(
      DType t,
      Pooling p,
      Tensor4d xd,
      long x,
      Tensor4d yd,
      long y,
      double alpha,
      double beta,
      long stream) {
    current();
    dnn.poolingForward(t, p, xd, x, yd, y, alpha, beta, s(stream));
  }

  @Override
  public synchronized void poolingBackward(
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
      long stream) {
    current();
    dnn.poolingBackward(t, p, yd, y, dy, xd, x, dx, alpha, beta, s(stream));
  }

  @Override
  public synchronized void close() {
    current();
    cudart.cudaDeviceSynchronize();
  }
}
