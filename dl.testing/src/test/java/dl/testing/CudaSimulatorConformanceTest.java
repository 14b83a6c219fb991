package dl.testing;

import dl.api.Backend;
import dl.api.Device;

/**
 * The conformance kit on {@code cuda:0} backed by the CUDA simulator (this module's tests run with
 * {@code catena.cuda.simulator=true}): the CUDA backend's kernels, compiled from the CUDA C that
 * NVRTC would get, checked against the same references as the CPU backend.
 */
class CudaSimulatorConformanceTest extends BackendConformanceKit {
  @Override
  protected Backend backend() {
    return Device.of("cuda:0").backend();
  }
}
