/**
 * Catena's test kit, public for plugin authors: the numerical gradient checker ({@link
 * dl.testing.GradientCheck}), {@link dl.testing.Allclose}, and the function test harness {@link
 * dl.testing.FunctionTestCase} that runs forward, gradient and double-gradient checks on every
 * backend present, and the backend conformance kit {@link dl.testing.BackendConformanceKit} that
 * checks every kernel of a backend against plain-Java reference results, and {@link
 * dl.testing.ServiceRegistrations} that checks a module's class-path registrations against its
 * {@code provides}.
 *
 * <p>A plugin's tests run inside the plugin's module (surefire patches them in). A test that uses a
 * module the plugin's {@code module-info} does not require ({@code dl.links} to train a function in
 * a model, {@code dl.optimizers}, or {@code dl.functions} for {@code Variable} arithmetic in an
 * optimizer plugin) fails with {@code IllegalAccessError: ... does not read module dl.links} unless
 * surefire's argLine names it: {@code --add-reads my.plugin=dl.links,dl.optimizers}. The complete
 * plugin POM in docs/plugins.md does this.
 */
module dl.testing {
  requires transitive dl.api;
  requires transitive org.junit.jupiter.api;

  exports dl.testing;
  exports dl.testing.onnx;
}
