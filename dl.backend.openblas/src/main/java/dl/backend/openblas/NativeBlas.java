package dl.backend.openblas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * Loads the OpenBLAS natives once and says which library got loaded. Kept apart from the provider
 * so that discovering the provider never touches this class (and so no native code).
 */
final class NativeBlas {
  private NativeBlas() {}

  /** Result of the one-time probe: null error when the natives loaded. */
  private static final class Probe {
    static final String ERROR;
    static final String DESCRIPTION;
    static final int THREADS;

    static {
      String error = null;
      String description = null;
      int threads = 1;
      try {
        Loader.load(openblas_nolapack.class);
        // OpenBLAS on one thread: Gemm cuts large products into pieces for the cores itself (see
        // Gemm.singleThreadBelow for why), unless the user set OPENBLAS_NUM_THREADS, which
        // OpenBLAS itself has read; then OpenBLAS threads and Gemm does not split.
        if (System.getenv("OPENBLAS_NUM_THREADS") == null) {
          openblas_nolapack.blas_set_num_threads(1);
        }
        threads = openblas_nolapack.blas_get_num_threads();
        description =
            openblas_nolapack.OPENBLAS_VERSION.trim()
                + (threads == 1
                    ? " (one thread per call; large products split over "
                        + Runtime.getRuntime().availableProcessors()
                        + " cores)"
                    : " (" + threads + " threads, OPENBLAS_NUM_THREADS)")
                + " loaded from "
                + loadedOpenBlasPaths();
      } catch (Throwable t) { // UnsatisfiedLinkError, NoClassDefFoundError, ...
        error =
            "no OpenBLAS native library for this platform: "
                + t
                + " (the native jars"
                + " org.bytedeco.openblas.<platform> and org.bytedeco.javacpp.<platform> must be on"
                + " the class path, or on the module path and added with --add-modules)";
      }
      ERROR = error;
      DESCRIPTION = description;
      THREADS = threads;
    }
  }

  /** Loads the natives if needed; null when they work, else the reason they don't. */
  static String loadError() {
    return Probe.ERROR;
  }

  /** A line naming the OpenBLAS version, core and library path (valid when loaded). */
  static String description() {
    return Probe.DESCRIPTION;
  }

  /** OpenBLAS's thread count as set at load (cores, or $OPENBLAS_NUM_THREADS). */
  static int threads() {
    return Probe.THREADS;
  }

  /** Throws with the reason when the natives cannot be used. */
  static void requireLoaded() {
    if (Probe.ERROR != null) {
      throw new IllegalStateException("cpu backend unavailable: " + Probe.ERROR);
    }
  }

  /**
   * Paths of the mapped libopenblas files (from /proc/self/maps on Linux, else from JavaCPP's
   * record of what it loaded), so a stray system OpenBLAS is visible.
   */
  static String loadedOpenBlasPaths() {
    TreeSet<String> paths = new TreeSet<>();
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
        int slash = line.indexOf('/');
        if (slash >= 0 && line.contains("libopenblas")) {
          paths.add(line.substring(slash));
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: fall back to JavaCPP's list
    }
    if (paths.isEmpty()) {
      for (Map.Entry<String, String> e : Loader.getLoadedLibraries().entrySet()) {
        if (e.getKey().contains("openblas")) {
          paths.add(e.getValue());
        }
      }
    }
    return paths.isEmpty() ? "(unknown path)" : String.join(", ", paths);
  }
}
