/**
 * Catena's test kit, public for plugin authors: the numerical gradient checker ({@link
 * dl.testing.GradientCheck}), {@link dl.testing.Allclose}, and the function test harness {@link
 * dl.testing.FunctionTestCase} that runs forward, gradient and double-gradient checks on every
 * backend present, and the backend conformance kit {@link dl.testing.BackendConformanceKit} that
 * checks every kernel of a backend against plain-Java reference results.
 */
module dl.testing {
  requires transitive dl.api;
  requires transitive org.junit.jupiter.api;

  exports dl.testing;
  exports dl.testing.onnx;
}
