/**
 * The default engine: backward scheduling in Chainer's rank order with gradient accumulation,
 * {@code grad} over a pruned graph, function hooks, device resolution and the registries that load
 * backends, functions, links and optimizers through {@link java.util.ServiceLoader}.
 */
module dl.engine {
  requires dl.api;

  provides dl.api.spi.Engine with
      dl.engine.DefaultEngine;

  uses dl.api.spi.BackendProvider;
  uses dl.api.spi.FunctionProvider;
  uses dl.api.spi.LinkProvider;
  uses dl.api.spi.OptimizerProvider;
  uses dl.api.spi.ClassPathProviders; // the class path's lists of provider() methods
}
