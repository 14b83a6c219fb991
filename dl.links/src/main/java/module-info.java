/**
 * Catena's links (Chainer's {@code chainer.links}): Linear, Sequential, Classifier, Bias, Scale,
 * ParameterLink (Chainer's L.Parameter), Highway, Swish, PReLU, Maxout, StatelessLSTM, LSTM,
 * StatelessGRU, StatefulGRU and GRU, the link hooks of {@link dl.links.hooks}, and the parameter
 * initializers of {@link dl.links.initializers}. Each link is also registered by its Chainer name
 * through {@link dl.api.spi.LinkProvider}: {@code
 * Engine.get().link("Linear").create(Map.of("outSize", 10))}.
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
      dl.links.Classifier,
      dl.links.Bias,
      dl.links.Scale,
      dl.links.ParameterLink,
      dl.links.Highway,
      dl.links.Swish,
      dl.links.PReLU,
      dl.links.Maxout,
      dl.links.StatelessLSTM,
      dl.links.LSTM,
      dl.links.StatelessGRU,
      dl.links.StatefulGRU,
      dl.links.GRU;
}
