/**
 * A program that uses the example plugins by name only: it compiles against dl.api alone, and finds
 * the function, link, optimizer and backend on the module path at run time. The integration test in
 * dl.image runs it in a real {@code java} process with and without the plugin jars.
 */
module dl.plugins.demo {
  requires dl.api;

  exports dl.plugins.demo;
}
