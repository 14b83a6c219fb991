/**
 * The NVIDIA GPU backend on the bytedeco CUDA presets. Discovery loads no native code; the
 * availability probe runs once, never crashes the JVM, and reports why CUDA is unusable (no driver,
 * no device). The GPU-independent parts — elementwise and reduction kernel source generation, the
 * device memory pool's bookkeeping and probing — are in place and tested; the device kernels
 * themselves arrive with GPU access.
 */
module dl.backend.cuda {
  requires dl.api;
  requires org.bytedeco.javacpp;
  requires org.bytedeco.cuda;

  provides dl.api.spi.BackendProvider with
      dl.backend.cuda.CudaBackendProvider;
}
