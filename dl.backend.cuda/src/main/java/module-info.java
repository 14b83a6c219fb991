/**
 * The NVIDIA GPU backend on the bytedeco CUDA presets, and the CUDA simulator. Everything that
 * touches a device goes through {@link dl.backend.cuda.DeviceRuntime}; its GPU implementation uses
 * cudart, NVRTC, cuBLAS and cuDNN, and {@link dl.backend.cuda.CudaSimulator} runs the same CUDA C
 * on the CPU in a separate process (select it with {@code -Dcatena.cuda.simulator=true}). Discovery
 * loads no native code; the availability probe runs once, never crashes the JVM, and names the
 * missing driver or library.
 */
module dl.backend.cuda {
  requires dl.api;
  requires org.bytedeco.javacpp;
  requires org.bytedeco.cuda;

  exports dl.backend.cuda;

  provides dl.api.spi.BackendProvider with
      dl.backend.cuda.CudaBackendProvider;
}
