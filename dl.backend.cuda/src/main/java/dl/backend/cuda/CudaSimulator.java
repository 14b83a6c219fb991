package dl.backend.cuda;

import dl.api.DType;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * A CUDA device simulated on the CPU, in the spirit of Numba's CUDA simulator: a separate native
 * process owns the "device" memory (so host/device separation, copies and pointer misuse behave as
 * on a GPU) and runs kernels; this class speaks to it over a pipe. Compiling builds the same CUDA C
 * source NVRTC would get with g++ through a shim header ({@code threadIdx}, {@code blockIdx},
 * {@code __shared__}, {@code __syncthreads} as a per-block barrier over real threads, atomics, math
 * functions). GEMM follows cuBLAS's column-major argument semantics and convolution and pooling
 * follow cuDNN's descriptors, with reference loops.
 *
 * <p>What it cannot show: timing, warp-level behaviour (a warp's lockstep, shuffles and votes do
 * not exist; threads of a block without barriers run one after another), concurrency between
 * streams (one in-order queue serves all), and real memory limits (the simulated size is {@code
 * catena.cudasim.memory} bytes, 8 GiB by default). Reads of uninitialised or out-of-bounds device
 * memory are not caught unless they fault.
 *
 * <pre>{@code
 * try (CudaSimulator sim = CudaSimulator.start()) {
 *   byte[] image = sim.compile(source, "mine", List.of("my_kernel"));
 *   DeviceRuntime.Kernel k = sim.load(image, List.of("my_kernel")).kernel("my_kernel");
 *   sim.launch(k, new int[] {1, 1, 1}, new int[] {32, 1, 1}, 0, 0, new KernelArgs().ptr(p));
 * }
 * }</pre>
 */
public final class CudaSimulator implements DeviceRuntime {
  private static final int MALLOC = 1;
  private static final int FREE = 2;
  private static final int HTOD = 3;
  private static final int DTOH = 4;
  private static final int DTOD = 5;
  private static final int MEMSET = 6;
  private static final int LOAD = 7;
  private static final int LAUNCH = 8;
  private static final int SYNC = 9;
  private static final int GEMM = 10;
  private static final int CONV = 11;
  private static final int POOL = 12;
  private static final int QUIT = 14;

  private static volatile SimCompiler compiler;

  private final SimPipe pipe;
  private final Properties properties;
  private long nextStream = 1;

  private CudaSimulator(long memoryBytes) {
    SimCompiler c = compiler();
    pipe = new SimPipe(c.helper(), memoryBytes);
    properties =
        new Properties(
            "CUDA simulator (" + c.version + ")",
            "sim-" + System.getProperty("os.arch"),
            c.version,
            1024,
            2,
            memoryBytes,
            true);
  }

  /** A simulated device of {@code catena.cudasim.memory} bytes (8 GiB by default). */
  public static CudaSimulator start() {
    return start(Long.getLong("catena.cudasim.memory", 8L << 30));
  }

  /** A simulated device with {@code memoryBytes} of device memory. */
  public static CudaSimulator start(long memoryBytes) {
    return new CudaSimulator(memoryBytes);
  }

  private static SimCompiler compiler() {
    SimCompiler c = compiler;
    if (c == null) {
      synchronized (CudaSimulator.class) {
        c = compiler;
        if (c == null) {
          c = new SimCompiler();
          compiler = c;
        }
      }
    }
    return c;
  }

  @Override
  public Properties properties() {
    return properties;
  }

  // ---- memory

  @Override
  public long malloc(long bytes) {
    long[] p = new long[1];
    pipe.send(
        "malloc",
        () -> {
          pipe.w(MALLOC);
          pipe.w(bytes);
          pipe.flush();
          pipe.status("malloc");
          p[0] = pipe.r();
        });
    return p[0];
  }

  @Override
  public void free(long pointer) {
    pipe.send(
        "free",
        () -> {
          pipe.w(FREE);
          pipe.w(pointer);
        });
  }

  @Override
  public void copyToDevice(long dst, ByteBuffer src, long bytes, long stream) {
    pipe.send(
        "copy to device",
        () -> {
          pipe.w(HTOD);
          pipe.w(dst);
          pipe.w(bytes);
          pipe.writeFrom(src, bytes);
        });
  }

  @Override
  public void copyToHost(ByteBuffer dst, long src, long bytes, long stream) {
    pipe.send(
        "copy to host",
        () -> {
          pipe.w(DTOH);
          pipe.w(src);
          pipe.w(bytes);
          pipe.flush();
          pipe.status("copy to host");
          pipe.readInto(dst, bytes);
        });
  }

  @Override
  public void copyDeviceToDevice(long dst, long src, long bytes, long stream) {
    pipe.send(
        "copy device to device",
        () -> {
          pipe.w(DTOD);
          pipe.w(dst);
          pipe.w(src);
          pipe.w(bytes);
        });
  }

  @Override
  public void memset(long dst, int value, long bytes, long stream) {
    pipe.send(
        "memset",
        () -> {
          pipe.w(MEMSET);
          pipe.w(dst);
          pipe.w(value);
          pipe.w(bytes);
        });
  }

  // ---- kernels

  @Override
  public byte[] compile(String source, String name, List<String> kernels) {
    return compiler().compile(source, name, kernels);
  }

  private record SimKernel(String name, long id) implements Kernel {}

  @Override
  public Module load(byte[] image, List<String> kernels) {
    String path = compiler().moduleFile(image).toString();
    long[] ids = new long[kernels.size()];
    pipe.send(
        "module load",
        () -> {
          pipe.w(LOAD);
          pipe.ws(path);
          pipe.w(kernels.size());
          for (String k : kernels) {
            pipe.ws(k);
          }
          pipe.flush();
          pipe.status("module load");
          for (int i = 0; i < ids.length; i++) {
            ids[i] = pipe.r();
          }
        });
    return name -> {
      int i = kernels.indexOf(name);
      if (i < 0) {
        throw new IllegalArgumentException("module has no kernel " + name + ": " + kernels);
      }
      return new SimKernel(name, ids[i]);
    };
  }

  @Override
  public void launch(
      Kernel k, int[] grid, int[] block, int sharedBytes, long stream, KernelArgs args) {
    pipe.send(
        "launch of " + k.name(),
        () -> {
          pipe.w(LAUNCH);
          pipe.w(((SimKernel) k).id());
          for (int i = 0; i < 3; i++) {
            pipe.w(i < grid.length ? grid[i] : 1);
          }
          for (int i = 0; i < 3; i++) {
            pipe.w(i < block.length ? block[i] : 1);
          }
          pipe.w(sharedBytes);
          pipe.w(stream);
          pipe.w(args.values().size());
          for (byte[] v : args.values()) {
            pipe.w(v.length);
            pipe.write(v);
          }
        });
  }

  // ---- streams and events: one in-order queue, so events are points in it

  @Override
  public synchronized long createStream() {
    return nextStream++;
  }

  @Override
  public void synchronize(long stream) {
    pipe.send(
        "synchronize",
        () -> {
          pipe.w(SYNC);
          pipe.flush();
          pipe.status("synchronize");
        });
  }

  @Override
  public long recordEvent(long stream) {
    return 1;
  }

  @Override
  public void waitEvent(long stream, long event) {
    // the single queue already orders everything
  }

  @Override
  public void synchronizeEvent(long event) {
    synchronize(0);
  }

  // ---- cuBLAS and cuDNN as reference loops in the device process

  @Override
  public void gemm(
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
    pipe.send(
        "gemm",
        () -> {
          pipe.w(GEMM);
          pipe.w(t == DType.FLOAT32 ? 0 : 1);
          pipe.w(transA ? 1 : 0);
          pipe.w(transB ? 1 : 0);
          pipe.w(m);
          pipe.w(n);
          pipe.w(k);
          pipe.wd(alpha);
          pipe.w(a);
          pipe.w(lda);
          pipe.w(strideA);
          pipe.w(b);
          pipe.w(ldb);
          pipe.w(strideB);
          pipe.wd(beta);
          pipe.w(c);
          pipe.w(ldc);
          pipe.w(strideC);
          pipe.w(batch);
        });
  }

  private void conv(
      int kind,
      DType t,
      Tensor4d xd,
      Filter4d wd,
      Convolution cv,
      Tensor4d yd,
      long x,
      long w,
      long y,
      double alpha,
      double beta) {
    Gemms.checkConvolution(t, xd, wd, cv, yd);
    pipe.send(
        "convolution",
        () -> {
          pipe.w(CONV);
          pipe.w(kind);
          pipe.w(t == DType.FLOAT32 ? 0 : 1);
          for (long v :
              new long[] {
                xd.n(),
                xd.c(),
                xd.h(),
                xd.w(),
                wd.k(),
                wd.c(),
                wd.r(),
                wd.s(),
                cv.padH(),
                cv.padW(),
                cv.strideH(),
                cv.strideW(),
                cv.dilationH(),
                cv.dilationW(),
                cv.groups(),
                yd.h(),
                yd.w(),
                x,
                w,
                y
              }) {
            pipe.w(v);
          }
          pipe.wd(alpha);
          pipe.wd(beta);
        });
  }

  @Override
  public void convolutionForward(
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
      long stream) {
    conv(0, t, xd, wd, conv, yd, x, w, y, alpha, beta);
  }

  @Override
  public void convolutionBackwardData(
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
      long stream) {
    conv(1, t, dxd, wd, conv, dyd, dx, w, dy, alpha, beta);
  }

  @Override
  public void convolutionBackwardFilter(
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
      long stream) {
    conv(2, t, xd, dwd, conv, dyd, x, dw, dy, alpha, beta);
  }

  private void pool(
      int kind,
      DType t,
      Pooling p,
      Tensor4d xd,
      Tensor4d yd,
      long[] ptrs,
      double alpha,
      double beta) {
    Gemms.checkPooling(t, p, xd, yd);
    pipe.send(
        "pooling",
        () -> {
          pipe.w(POOL);
          pipe.w(kind);
          pipe.w(t == DType.FLOAT32 ? 0 : 1);
          for (long v :
              new long[] {
                p.mode().ordinal(),
                xd.n(),
                xd.c(),
                xd.h(),
                xd.w(),
                p.windowH(),
                p.windowW(),
                p.padH(),
                p.padW(),
                p.strideH(),
                p.strideW(),
                yd.h(),
                yd.w()
              }) {
            pipe.w(v);
          }
          for (long v : ptrs) {
            pipe.w(v);
          }
          pipe.wd(alpha);
          pipe.wd(beta);
        });
  }

  @Override
  public void poolingForward(
      DType t,
      Pooling p,
      Tensor4d xd,
      long x,
      Tensor4d yd,
      long y,
      double alpha,
      double beta,
      long stream) {
    pool(0, t, p, xd, yd, new long[] {x, y, 0, 0}, alpha, beta);
  }

  @Override
  public void poolingBackward(
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
    pool(1, t, p, xd, yd, new long[] {x, y, dy, dx}, alpha, beta);
  }

  @Override
  public void close() {
    pipe.close(QUIT);
  }

  @Override
  public String toString() {
    return properties.name();
  }
}
