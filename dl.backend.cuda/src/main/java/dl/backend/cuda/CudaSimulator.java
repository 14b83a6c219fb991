package dl.backend.cuda;

import dl.api.DType;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
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

  private final Process process;
  private final OutputStream out;
  private final DataInputStream in;
  private final StringBuilder stderr = new StringBuilder();
  private final ByteBuffer word = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
  private final Properties properties;
  private String dead;
  private long nextStream = 1;

  private CudaSimulator(long memoryBytes) {
    SimCompiler c = compiler();
    try {
      process =
          new ProcessBuilder(c.helper().toString(), Long.toString(memoryBytes))
              .redirectErrorStream(false)
              .start();
    } catch (IOException e) {
      throw new CudaException("CUDA simulator: cannot start its device process", e);
    }
    out = new BufferedOutputStream(process.getOutputStream(), 1 << 16);
    in = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
    Thread drain =
        new Thread(
            () -> {
              try (InputStream err = process.getErrorStream()) {
                byte[] b = new byte[4096];
                for (int n; (n = err.read(b)) > 0; ) {
                  synchronized (stderr) {
                    stderr.append(new String(b, 0, n, StandardCharsets.UTF_8));
                  }
                }
              } catch (IOException e) {
                // the process ended
              }
            },
            "catena-cudasim-stderr");
    drain.setDaemon(true);
    drain.start();
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

  // ---- the pipe

  private void w(long v) throws IOException {
    word.clear();
    out.write(word.putLong(v).array(), 0, 8);
  }

  private void wd(double v) throws IOException {
    w(Double.doubleToRawLongBits(v));
  }

  private void ws(String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    w(b.length);
    out.write(b);
  }

  private long r() throws IOException {
    return Long.reverseBytes(in.readLong());
  }

  /** Reads a status word; throws the device's error message when it is not 0. */
  private void status(String op) throws IOException {
    long s = r();
    if (s != 0) {
      byte[] msg = new byte[(int) r()];
      in.readFully(msg);
      String m = new String(msg, StandardCharsets.UTF_8);
      if (s == 2) {
        throw new OutOfMemoryError("CUDA simulator: " + m);
      }
      throw new CudaException("CUDA simulator: " + m + " (reported at " + op + ")");
    }
  }

  private CudaException died(String op, IOException e) {
    try {
      process.waitFor(2, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
    }
    String err;
    synchronized (stderr) {
      err = stderr.toString().strip();
    }
    dead =
        "CUDA simulator: the device process "
            + (process.isAlive() ? "stopped answering" : "died (exit " + process.exitValue() + ")")
            + " during "
            + op
            + (err.isEmpty() ? "" : ": " + err)
            + " — an out-of-bounds device pointer in a kernel? The device is unusable now, as a"
            + " GPU after an illegal address";
    return new CudaException(dead, e);
  }

  private interface Io {
    void run() throws IOException;
  }

  private synchronized void send(String op, Io io) {
    if (dead != null) {
      throw new CudaException(dead);
    }
    try {
      io.run();
    } catch (IOException e) {
      throw died(op, e);
    }
  }

  // ---- memory

  @Override
  public long malloc(long bytes) {
    long[] p = new long[1];
    send(
        "malloc",
        () -> {
          w(MALLOC);
          w(bytes);
          out.flush();
          status("malloc");
          p[0] = r();
        });
    return p[0];
  }

  @Override
  public void free(long pointer) {
    send(
        "free",
        () -> {
          w(FREE);
          w(pointer);
        });
  }

  @Override
  public void copyToDevice(long dst, ByteBuffer src, long bytes, long stream) {
    send(
        "copy to device",
        () -> {
          w(HTOD);
          w(dst);
          w(bytes);
          ByteBuffer b = src.duplicate();
          byte[] chunk = new byte[(int) Math.min(bytes, 1 << 16)];
          for (long left = bytes; left > 0; ) {
            int n = (int) Math.min(left, chunk.length);
            b.get(chunk, 0, n);
            out.write(chunk, 0, n);
            left -= n;
          }
        });
  }

  @Override
  public void copyToHost(ByteBuffer dst, long src, long bytes, long stream) {
    send(
        "copy to host",
        () -> {
          w(DTOH);
          w(src);
          w(bytes);
          out.flush();
          status("copy to host");
          ByteBuffer b = dst.duplicate();
          byte[] chunk = new byte[(int) Math.min(bytes, 1 << 16)];
          for (long left = bytes; left > 0; ) {
            int n = (int) Math.min(left, chunk.length);
            in.readFully(chunk, 0, n);
            b.put(chunk, 0, n);
            left -= n;
          }
        });
  }

  @Override
  public void copyDeviceToDevice(long dst, long src, long bytes, long stream) {
    send(
        "copy device to device",
        () -> {
          w(DTOD);
          w(dst);
          w(src);
          w(bytes);
        });
  }

  @Override
  public void memset(long dst, int value, long bytes, long stream) {
    send(
        "memset",
        () -> {
          w(MEMSET);
          w(dst);
          w(value);
          w(bytes);
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
    send(
        "module load",
        () -> {
          w(LOAD);
          ws(path);
          w(kernels.size());
          for (String k : kernels) {
            ws(k);
          }
          out.flush();
          status("module load");
          for (int i = 0; i < ids.length; i++) {
            ids[i] = r();
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
    send(
        "launch of " + k.name(),
        () -> {
          w(LAUNCH);
          w(((SimKernel) k).id());
          for (int i = 0; i < 3; i++) {
            w(i < grid.length ? grid[i] : 1);
          }
          for (int i = 0; i < 3; i++) {
            w(i < block.length ? block[i] : 1);
          }
          w(sharedBytes);
          w(stream);
          w(args.values().size());
          for (byte[] v : args.values()) {
            w(v.length);
            out.write(v);
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
    send(
        "synchronize",
        () -> {
          w(SYNC);
          out.flush();
          status("synchronize");
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
    send(
        "gemm",
        () -> {
          w(GEMM);
          w(t == DType.FLOAT32 ? 0 : 1);
          w(transA ? 1 : 0);
          w(transB ? 1 : 0);
          w(m);
          w(n);
          w(k);
          wd(alpha);
          w(a);
          w(lda);
          w(strideA);
          w(b);
          w(ldb);
          w(strideB);
          wd(beta);
          w(c);
          w(ldc);
          w(strideC);
          w(batch);
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
    send(
        "convolution",
        () -> {
          w(CONV);
          w(kind);
          w(t == DType.FLOAT32 ? 0 : 1);
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
            w(v);
          }
          wd(alpha);
          wd(beta);
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
    send(
        "pooling",
        () -> {
          w(POOL);
          w(kind);
          w(t == DType.FLOAT32 ? 0 : 1);
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
            w(v);
          }
          for (long v : ptrs) {
            w(v);
          }
          wd(alpha);
          wd(beta);
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
  public synchronized void close() {
    if (dead == null) {
      try {
        w(QUIT);
        out.flush();
        out.close();
      } catch (IOException e) {
        // already gone
      }
      dead = "CUDA simulator: closed";
    }
    try {
      if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  @Override
  public String toString() {
    return properties.name();
  }
}
