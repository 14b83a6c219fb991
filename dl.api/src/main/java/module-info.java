/**
 * Catena's public API: arrays and the backend contract, {@code Variable} and {@code FunctionNode},
 * links, optimizers, configuration, the reporter, and the provider interfaces through which
 * engines, backends, functions, links and optimizers are found.
 */
module dl.api {
  exports dl.api;
  exports dl.api.spi;

  uses dl.api.spi.Engine;
  uses dl.api.spi.VariableMath;
}
