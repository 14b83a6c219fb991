package dl.backend.cuda;

import dl.api.DType;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * The narrow seam between the CUDA backend and a device: every call that touches a GPU goes through
 * it. Two implementations exist: {@link CudaRuntime} on the bytedeco presets (cudart, NVRTC,
 * cuBLAS, cuDNN) and {@link CudaSimulator}, a separate native process that compiles the same CUDA C
 * with g++. Everything above it — arrays, kernels, launch configurations, the kernel cache, the
 * memory pool — is one code path for both.
 *
 * <p>Pointers are device addresses as {@code long}; streams and events are opaque handles ({@code
 * 0} is the default stream). Operations on a stream run in order; a host read ({@link #copyToHost})
 * waits for the stream's earlier work. Errors of asynchronous work surface at the next
 * synchronising call, as in CUDA.
 *
 * <pre>{@code
 * try (DeviceRuntime rt = CudaSimulator.start()) {
 *   long p = rt.malloc(16);
 *   rt.copyToDevice(p, ByteBuffer.allocate(16), 16, 0);
 * }
 * }</pre>
 */
public interface DeviceRuntime extends AutoCloseable {
  /** Device facts that launch configurations and the kernel cache depend on. */
  record Properties(
      String name,
      String architecture,
      String compilerVersion,
      int maxThreadsPerBlock,
      int multiProcessors,
      long totalMemory,
      boolean simulated) {}

  /** A packed NCHW tensor of 4 dimensions, as {@code cudnnSetTensor4dDescriptor}. */
  record Tensor4d(int n, int c, int h, int w) {
    /** Number of elements. */
    public long size() {
      return (long) n * c * h * w;
    }
  }

  /** A KCRS filter (output channels, input channels per group, height, width). */
  record Filter4d(int k, int c, int r, int s) {}

  /** Padding, stride, dilation and group count of a 2-d cross-correlation. */
  record Convolution(
      int padH, int padW, int strideH, int strideW, int dilationH, int dilationW, int groups) {}

  /** cuDNN's pooling modes. */
  enum PoolingMode {
    /** Maximum over the window; padding never wins. */
    MAX,
    /** Average dividing by the window size, padding counted as zeros. */
    AVERAGE_COUNT_INCLUDE_PADDING,
    /** Average over the window's elements inside the input. */
    AVERAGE_COUNT_EXCLUDE_PADDING
  }

  /** A pooling window: mode, size, padding and stride. */
  record Pooling(
      PoolingMode mode, int windowH, int windowW, int padH, int padW, int strideH, int strideW) {}

  /** A compiled module of kernels. */
  interface Module {
    /** The kernel of that name in this module. */
    Kernel kernel(String name);
  }

  /** A kernel handle, launched with {@link #launch}. */
  interface Kernel {
    /** The kernel's symbol. */
    String name();
  }

  /** The device's properties. */
  Properties properties();

  /** Allocates {@code bytes} of device memory; throws {@link OutOfMemoryError} when full. */
  long malloc(long bytes);

  /** Frees memory from {@link #malloc}. */
  void free(long pointer);

  /** Copies {@code bytes} from the host buffer (from its position) to the device, on a stream. */
  void copyToDevice(long dst, ByteBuffer src, long bytes, long stream);

  /** Copies {@code bytes} to the host buffer, after the stream's earlier work; waits for it. */
  void copyToHost(ByteBuffer dst, long src, long bytes, long stream);

  /** Copies between two device ranges on a stream. */
  void copyDeviceToDevice(long dst, long src, long bytes, long stream);

  /** Sets {@code bytes} bytes to {@code value} on a stream. */
  void memset(long dst, int value, long bytes, long stream);

  /**
   * Compiles CUDA C source to a loadable image (PTX/CUBIN on a GPU, a shared object in the
   * simulator); throws {@link KernelCompileException} with the compiler's log.
   *
   * @param name the program's name, used in messages
   * @param kernels the {@code extern "C"} kernels the image must provide
   */
  byte[] compile(String source, String name, List<String> kernels);

  /** Loads an image from {@link #compile}. */
  Module load(byte[] image, List<String> kernels);

  /** Launches a kernel with a grid and block of up to 3 dimensions and its argument values. */
  void launch(Kernel k, int[] grid, int[] block, int sharedBytes, long stream, KernelArgs args);

  /** A new stream. */
  long createStream();

  /** Waits for all work on a stream. */
  void synchronize(long stream);

  /** Records an event on a stream and returns it. */
  long recordEvent(long stream);

  /** Makes a stream wait for an event. */
  void waitEvent(long stream, long event);

  /** Waits on the host for an event, then destroys it. */
  void synchronizeEvent(long event);

  /**
   * cuBLAS's strided-batched GEMM, column-major: for each {@code q < batch}, {@code C_q = alpha ·
   * op(A_q) · op(B_q) + beta · C_q} with {@code X_q = X + q · strideX} (elements), {@code op(A)}
   * m×k, {@code op(B)} k×n, C m×n with leading dimension {@code ldc}. A batch of 1 is a plain GEMM.
   */
  void gemm(
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
      long stream);

  /** cuDNN's convolution forward: {@code y = alpha · (x ⋆ w) + beta · y}. */
  void convolutionForward(
      DType t,
      Tensor4d xd,
      long x,
      Filter4d wd,
      long w,
      Convolution conv,
      Tensor4d yd,
      long y,
      double alpha,
      double beta,
      long stream);

  /** cuDNN's convolution backward data: {@code dx = alpha · (dy ⋆ᵀ w) + beta · dx}. */
  void convolutionBackwardData(
      DType t,
      Filter4d wd,
      long w,
      Tensor4d dyd,
      long dy,
      Convolution conv,
      Tensor4d dxd,
      long dx,
      double alpha,
      double beta,
      long stream);

  /** cuDNN's convolution backward filter: {@code dw = alpha · ∂/∂w + beta · dw}. */
  void convolutionBackwardFilter(
      DType t,
      Tensor4d xd,
      long x,
      Tensor4d dyd,
      long dy,
      Convolution conv,
      Filter4d dwd,
      long dw,
      double alpha,
      double beta,
      long stream);

  /** cuDNN's pooling forward. */
  void poolingForward(
      DType t,
      Pooling p,
      Tensor4d xd,
      long x,
      Tensor4d yd,
      long y,
      double alpha,
      double beta,
      long stream);

  /** cuDNN's pooling backward: the gradient {@code dx} from {@code y}, {@code dy} and {@code x}. */
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
      long stream);

  /** Releases the device (the simulator's process ends). */
  @Override
  void close();
}
