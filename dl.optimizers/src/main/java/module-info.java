/**
 * Catena's optimizers (Chainer's {@code chainer.optimizers}): SGD, MomentumSGD,
 * CorrectedMomentumSGD, NesterovAG, AdaGrad, AdaDelta, RMSprop, RMSpropGraves, SMORMS3, Adam,
 * AdamW, AMSGrad, AdaBound, AMSBound and MSVAG, and the optimizer hooks of {@code
 * dl.optimizers.hooks}. Each is also registered by its Chainer name through {@link
 * dl.api.spi.OptimizerProvider}, so {@code Engine.get().optimizer("Adam").create(Map.of("alpha",
 * 1e-3))} builds one.
 */
module dl.optimizers {
  requires transitive dl.api;

  exports dl.optimizers;
  exports dl.optimizers.hooks;

  provides dl.api.spi.OptimizerProvider with
      dl.optimizers.SGD,
      dl.optimizers.MomentumSGD,
      dl.optimizers.CorrectedMomentumSGD,
      dl.optimizers.NesterovAG,
      dl.optimizers.AdaGrad,
      dl.optimizers.AdaDelta,
      dl.optimizers.RMSprop,
      dl.optimizers.RMSpropGraves,
      dl.optimizers.SMORMS3,
      dl.optimizers.Adam,
      dl.optimizers.AdamW,
      dl.optimizers.AMSGrad,
      dl.optimizers.AdaBound,
      dl.optimizers.AMSBound,
      dl.optimizers.MSVAG;
}
