/**
 * The NVIDIA GPU backend. In this release its provider is present but reports the backend as
 * unavailable with a reason; the kernels arrive with the CUDA backend issue.
 */
module dl.backend.cuda {
  requires dl.api;

  provides dl.api.spi.BackendProvider with
      dl.backend.cuda.CudaBackendProvider;
}
