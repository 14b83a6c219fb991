/**
 * Catena's example programs: Fashion-MNIST training with a plain loop and the MLP training-step
 * benchmark. The application module is the one place that requires the engine and a backend.
 */
module dl.examples {
  requires dl.api;
  requires dl.engine;
  requires dl.backend.openblas;
  requires dl.functions;
  requires dl.links;
  requires dl.optimizers;
  requires dl.training;
  // selftest runs the backend conformance kit: optional, so the image and plain runs need no JUnit
  requires static dl.testing;
  requires info.picocli;
  requires static dl.distributed; // --communicator only; optional, like MPI

  exports dl.examples;

  opens dl.examples to
      info.picocli;
}
