/**
 * An optimizer plugin: {@link dl.plugins.lion.Lion}, registered by name ({@code
 * Engine.get().optimizer("Lion")}). It needs nothing but dl.api: update rules run on the backend
 * contract.
 */
module dl.plugins.lion {
  requires transitive dl.api;

  exports dl.plugins.lion;

  provides dl.api.spi.OptimizerProvider with
      dl.plugins.lion.Lion;
}
