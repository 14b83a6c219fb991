/**
 * A link plugin: {@link dl.plugins.glu.Glu}, the gated linear unit layer, registered by name
 * ({@code Engine.get().link("GLU")}).
 */
module dl.plugins.glu {
  requires transitive dl.api;
  requires dl.functions;

  exports dl.plugins.glu;

  provides dl.api.spi.LinkProvider with
      dl.plugins.glu.Glu;
}
