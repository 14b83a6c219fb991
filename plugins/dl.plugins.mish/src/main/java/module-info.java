/**
 * A function plugin: the Mish activation {@code x·tanh(softplus(x))} (Misra, 2019), registered by
 * name ({@code Engine.get().function("mish")}) and with a typed facade ({@code FMish.mish(x)}).
 */
module dl.plugins.mish {
  requires transitive dl.api;
  requires dl.functions; // backward is written with F's functions

  exports dl.plugins.mish;

  provides dl.api.spi.FunctionProvider with
      dl.plugins.mish.Mish;
}
