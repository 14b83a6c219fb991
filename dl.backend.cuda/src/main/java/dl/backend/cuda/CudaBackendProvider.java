package dl.backend.cuda;

import dl.api.Backend;
import dl.api.Device;
import dl.api.spi.Availability;
import dl.api.spi.BackendProvider;

/**
 * Descriptor of the {@code cuda} backend. Discovery loads no native code: the probe runs only when
 * {@link #availability()} or {@link #deviceCount()} is asked, once per JVM, and its answer (with
 * the reason) is cached.
 *
 * <p>With the system property {@code catena.cuda.simulator=true} (or the environment variable
 * {@code CATENA_CUDA_SIMULATOR=1}) the {@code cuda:N} devices are {@link CudaSimulator}s instead of
 * GPUs: the same device names and the same backend code, only the runtime under the seam differs,
 * so what the tests exercise is what runs on a GPU. The simulator's priority is below the CPU's, so
 * it is never the default device: it must be named.
 */
public final class CudaBackendProvider implements BackendProvider {
  /** Whether the simulator replaces the GPU in this JVM. */
  public static boolean simulated() {
    String p = System.getProperty("catena.cuda.simulator");
    if (p == null) {
      p = System.getenv("CATENA_CUDA_SIMULATOR");
    }
    return p != null && (p.equals("1") || p.equalsIgnoreCase("true"));
  }

  @Override
  public String name() {
    return "cuda";
  }

  /** Above the CPU so that a working GPU becomes the default device; below it when simulated. */
  @Override
  public int priority() {
    return simulated() ? -10 : 20;
  }

  @Override
  public Availability availability() {
    if (simulated()) {
      return Availability.ok(
          "CUDA simulator (catena.cuda.simulator=true): kernels run on the CPU, not a GPU");
    }
    return CudaProbe.result().availability();
  }

  @Override
  public int deviceCount() {
    return simulated()
        ? Integer.getInteger("catena.cuda.simulator.devices", 1)
        : CudaProbe.result().deviceCount();
  }

  @Override
  public Backend create(int index) {
    Device d = Device.of("cuda", index);
    if (simulated()) {
      CudaSimulator sim = CudaSimulator.start();
      Runtime.getRuntime().addShutdownHook(new Thread(sim::close, "catena-cudasim-close"));
      return new CudaBackend(d, sim);
    }
    Availability a = availability();
    if (!a.available()) {
      throw new IllegalStateException("cuda:" + index + " is unavailable: " + a.reason());
    }
    if (index >= deviceCount()) {
      throw new IllegalArgumentException(
          "cuda:" + index + ": this machine has " + deviceCount() + " CUDA device(s)");
    }
    return new CudaBackend(d, new CudaRuntime(index));
  }
}
