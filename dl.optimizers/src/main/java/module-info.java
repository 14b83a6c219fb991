/**
 * Catena's optimizers (Chainer's {@code chainer.optimizers}): {@link dl.optimizers.SGD}, {@link
 * dl.optimizers.MomentumSGD} and {@link dl.optimizers.Adam}. Each is also registered by its Chainer
 * name through {@link dl.api.spi.OptimizerProvider}, so {@code
 * Engine.get().optimizer("Adam").create(Map.of("alpha", 1e-3))} builds one.
 */
module dl.optimizers {
  requires transitive dl.api;

  exports dl.optimizers;

  provides dl.api.spi.OptimizerProvider with
      dl.optimizers.SGD,
      dl.optimizers.MomentumSGD,
      dl.optimizers.Adam;
}
