package dl.backend.cuda;

import dl.api.spi.Availability;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.cuda.global.cudart;
import org.bytedeco.javacpp.IntPointer;

/**
 * Finds out once per JVM whether CUDA works here, and why not. Loading the presets' cudart class
 * without a driver throws {@code UnsatisfiedLinkError} after about 0.3 s and leaves the class
 * unusable for the rest of the JVM, so a missing {@code libcuda.so.1} is detected on the file
 * system first and the native load is attempted at most once.
 */
final class CudaProbe {
  /** The probe's answer with the number of devices (0 when unavailable). */
  record Result(Availability availability, int deviceCount) {}

  private static volatile Result cached;

  private CudaProbe() {}

  /** The CUDA 13 libraries the presets' JNI code links to: file, package, pip package. */
  static final String[][] LIBRARIES = {
    {"libcudart.so.13", "the CUDA 13 runtime (cuda-cudart-13)", "nvidia-cuda-runtime"},
    {"libnvrtc.so.13", "NVRTC of CUDA 13 (cuda-nvrtc-13)", "nvidia-cuda-nvrtc"},
    {"libcublas.so.13", "cuBLAS of CUDA 13 (libcublas-13)", "nvidia-cublas"},
    {"libcublasLt.so.13", "cuBLASLt of CUDA 13 (libcublas-13)", "nvidia-cublas"},
    {"libcudnn.so.9", "cuDNN 9 for CUDA 13 (libcudnn9-cuda-13)", "nvidia-cudnn-cu13"}
  };

  /** The cached answer, probing on first call only. Never throws. */
  static Result result() {
    Result r = cached;
    if (r == null) {
      synchronized (CudaProbe.class) {
        r = cached;
        if (r == null) {
          r = probe(driverSearchPath());
          cached = r;
        }
      }
    }
    return r;
  }

  /** Directories where the dynamic loader would look for the driver library. */
  static List<Path> driverSearchPath() {
    List<Path> dirs = new ArrayList<>();
    String ld = System.getenv("LD_LIBRARY_PATH");
    if (ld != null) {
      for (String d : ld.split(":")) {
        if (!d.isBlank()) {
          dirs.add(Path.of(d));
        }
      }
    }
    for (String d :
        new String[] {
          "/usr/lib/x86_64-linux-gnu",
          "/usr/lib64",
          "/usr/lib",
          "/lib/x86_64-linux-gnu",
          "/usr/local/nvidia/lib64",
          "/usr/local/cuda/lib64",
          "/usr/local/cuda/targets/x86_64-linux/lib",
          "/usr/lib/wsl/lib"
        }) {
      dirs.add(Path.of(d));
    }
    return dirs;
  }

  /** Probes with the given driver search path (tests pass their own). */
  static Result probe(List<Path> searchPath) {
    boolean driver = searchPath.stream().anyMatch(d -> Files.exists(d.resolve("libcuda.so.1")));
    if (!driver) {
      return new Result(
          Availability.unavailable(
              "libcuda.so.1 not found (no NVIDIA driver installed); searched " + searchPath),
          0);
    }
    for (String[] lib : LIBRARIES) {
      if (searchPath.stream().noneMatch(d -> Files.exists(d.resolve(lib[0])))) {
        return new Result(
            Availability.unavailable(
                lib[0]
                    + " not found on the library path (searched "
                    + searchPath
                    + "): install "
                    + lib[1]
                    + " or add its directory to LD_LIBRARY_PATH (PyTorch for CUDA 13 ships it"
                    + " in the Python package "
                    + lib[2]
                    + ", under site-packages/nvidia/*/lib)"),
            0);
      }
    }
    try {
      IntPointer count = new IntPointer(1);
      int err = cudart.cudaGetDeviceCount(count);
      if (err != cudart.cudaSuccess) {
        return new Result(
            Availability.unavailable(
                "cudaGetDeviceCount failed: " + cudart.cudaGetErrorString(err).getString()),
            0);
      }
      int n = count.get();
      if (n == 0) {
        return new Result(Availability.unavailable("the NVIDIA driver reports no device"), 0);
      }
      return new Result(Availability.ok(n + " CUDA device(s)"), n);
    } catch (Throwable t) { // UnsatisfiedLinkError, NoClassDefFoundError, ...: never crash
      return new Result(
          Availability.unavailable("CUDA libraries failed to load: " + rootCause(t)), 0);
    }
  }

  static String rootCause(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    return c.getClass().getSimpleName() + ": " + c.getMessage();
  }
}
