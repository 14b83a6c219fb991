/**
 * Catena's CPU backend: dense row-major arrays on the Java heap, elementwise kernels in Java and
 * matrix products through OpenBLAS (bytedeco presets). The native jars ({@code
 * org.bytedeco.openblas.<platform>}, {@code org.bytedeco.javacpp.<platform>}) are not required by
 * any module: add them at run time with {@code --add-modules}.
 */
module dl.backend.openblas {
  requires dl.api;
  requires org.bytedeco.javacpp;
  requires org.bytedeco.openblas;

  provides dl.api.spi.BackendProvider with
      dl.backend.openblas.OpenBlasBackendProvider;
}
