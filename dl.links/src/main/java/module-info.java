/**
 * Catena's links (Chainer's {@code chainer.links}): {@link dl.links.Linear}, {@link
 * dl.links.Sequential} and {@link dl.links.Classifier}, and the parameter initializers of {@link
 * dl.links.initializers}. Each link is also registered by its Chainer name through {@link
 * dl.api.spi.LinkProvider}: {@code Engine.get().link("Linear").create(Map.of("outSize", 10))}.
 */
module dl.links {
  requires transitive dl.api;
  requires transitive dl.functions;

  exports dl.links;
  exports dl.links.initializers;
  exports dl.links.hooks;

  provides dl.api.spi.LinkProvider with
      dl.links.Linear,
      dl.links.Sequential,
      dl.links.Classifier;
}
