/**
 * Catena's links (Chainer's {@code chainer.links}): Linear, Sequential, Classifier, Bias, Scale,
 * ParameterLink (Chainer's L.Parameter), Highway, Swish, PReLU, Maxout, StatelessLSTM, LSTM,
 * StatelessGRU, StatefulGRU and GRU, the convolutions (ConvolutionND and Convolution1D/2D/3D,
 * DeconvolutionND and Deconvolution1D/2D/3D, DepthwiseConvolution2D, DilatedConvolution2D,
 * MLPConvolution2D, Inception), EmbedID, Bilinear, the normalizations (BatchNormalization,
 * BatchRenormalization, GroupNormalization, LayerNormalization), the n-step RNNs (NStepLSTM,
 * NStepBiLSTM, NStepGRU, NStepBiGRU, NStepRNNTanh, NStepRNNReLU, NStepBiRNNTanh, NStepBiRNNReLU),
 * the link hooks of {@link dl.links.hooks}, and the parameter initializers of {@link
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
      dl.links.GRU,
      dl.links.ConvolutionND,
      dl.links.Convolution1D,
      dl.links.Convolution2D,
      dl.links.Convolution3D,
      dl.links.DeconvolutionND,
      dl.links.Deconvolution1D,
      dl.links.Deconvolution2D,
      dl.links.Deconvolution3D,
      dl.links.DepthwiseConvolution2D,
      dl.links.DilatedConvolution2D,
      dl.links.EmbedID,
      dl.links.Bilinear,
      dl.links.BatchNormalization,
      dl.links.BatchRenormalization,
      dl.links.GroupNormalization,
      dl.links.LayerNormalization,
      dl.links.NStepLSTM,
      dl.links.NStepBiLSTM,
      dl.links.NStepGRU,
      dl.links.NStepBiGRU,
      dl.links.NStepRNNTanh,
      dl.links.NStepRNNReLU,
      dl.links.NStepBiRNNTanh,
      dl.links.NStepBiRNNReLU,
      dl.links.MLPConvolution2D,
      dl.links.Inception;
}
