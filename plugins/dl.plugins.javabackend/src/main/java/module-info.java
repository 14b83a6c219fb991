/**
 * A pure-Java reference backend, device {@code "java"}: no native code, every kernel a plain loop
 * over heap arrays. It is slower than {@code "cpu"} (priority 1 against 10), so it is chosen only
 * when asked for ({@code Device.of("java")}, {@code CATENA_DEVICE=java}) or when no OpenBLAS native
 * library exists for the platform.
 */
module dl.plugins.javabackend {
  requires dl.api;

  exports dl.plugins.javabackend;

  provides dl.api.spi.BackendProvider with
      dl.plugins.javabackend.JavaBackendProvider;
}
