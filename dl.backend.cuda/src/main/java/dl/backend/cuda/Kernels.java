package dl.backend.cuda;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The kernel cache and launch configuration, above the seam and the same for GPU and simulator:
 * kernels are compiled once per name in memory, and their images are kept on disk by the hash of
 * source, device architecture and compiler version ({@code catena.cuda.kernelcache}, default {@code
 * ~/.cache/catena/kernels}), so a second JVM loads instead of compiling.
 */
final class Kernels {
  /** Threads per block of elementwise kernels. */
  static final int THREADS = 256;

  private final DeviceRuntime rt;
  private final Map<String, DeviceRuntime.Kernel> loaded = new ConcurrentHashMap<>();
  private final Map<String, String> sources = new ConcurrentHashMap<>();
  private final Path dir;
  private final int threads;
  private final int maxBlocks;

  Kernels(DeviceRuntime rt) {
    this.rt = rt;
    DeviceRuntime.Properties p = rt.properties();
    threads = Math.min(THREADS, p.maxThreadsPerBlock());
    maxBlocks = Math.max(1, p.multiProcessors() * 32);
    String d = System.getProperty("catena.cuda.kernelcache");
    dir =
        d != null
            ? Path.of(d)
            : Path.of(System.getProperty("user.home"), ".cache", "catena", "kernels");
  }

  /** The kernel {@code name}, compiled from {@code source} on first use. */
  DeviceRuntime.Kernel get(String name, Supplier<String> source) {
    DeviceRuntime.Kernel k = loaded.get(name);
    if (k != null) {
      return k;
    }
    synchronized (this) {
      k = loaded.get(name);
      if (k == null) {
        String src = source.get();
        sources.put(name, src);
        byte[] image = image(name, src);
        k = rt.load(image, List.of(name)).kernel(name);
        loaded.put(name, k);
      }
      return k;
    }
  }

  /** Every source compiled in this JVM, by kernel name (the tests compile them with nvcc too). */
  Map<String, String> sources() {
    return sources;
  }

  private byte[] image(String name, String src) {
    DeviceRuntime.Properties p = rt.properties();
    String key =
        SimCompiler.sha256(src + "\n" + p.architecture() + "\n" + p.compilerVersion())
            .substring(0, 32);
    Path file = dir.resolve(p.architecture()).resolve(name + "-" + key + ".bin");
    try {
      if (Files.exists(file)) {
        return Files.readAllBytes(file);
      }
    } catch (IOException e) {
      // an unreadable cache entry is compiled again
    }
    byte[] image = rt.compile(src, name, List.of(name));
    try {
      Files.createDirectories(file.getParent());
      SimCompiler.writeAtomically(file, image);
    } catch (IOException e) {
      // a read-only cache only costs compile time
    }
    return image;
  }

  /** Launches a grid-stride kernel over {@code n} items ({@code n > 0}). */
  void launch(DeviceRuntime.Kernel k, long n, long stream, KernelArgs args) {
    long blocks = Math.min((n + threads - 1) / threads, maxBlocks);
    rt.launch(k, new int[] {(int) blocks, 1, 1}, new int[] {threads, 1, 1}, 0, stream, args);
  }
}
