package dl.links.internal;

import static dl.api.spi.ClassPathProviders.entry;

import dl.api.spi.ClassPathProviders;
import dl.api.spi.LinkProvider;
import java.util.List;

/**
 * The providers of dl.links for a run on the class path, where {@code ServiceLoader} cannot call
 * their {@code provider()} methods: the same classes, in the same order, as module-info's {@code
 * provides} (a test checks that the two agree). Named in {@code
 * META-INF/services/dl.api.spi.ClassPathProviders}.
 */
public final class LinksOnClassPath implements ClassPathProviders {
  /** Called by {@code ServiceLoader} on the class path. */
  public LinksOnClassPath() {}

  @Override
  public List<Entry<?>> providers() {
    return List.of(
        entry(LinkProvider.class, dl.links.Linear.class, dl.links.Linear::provider),
        entry(LinkProvider.class, dl.links.Sequential.class, dl.links.Sequential::provider),
        entry(LinkProvider.class, dl.links.Classifier.class, dl.links.Classifier::provider),
        entry(LinkProvider.class, dl.links.Bias.class, dl.links.Bias::provider),
        entry(LinkProvider.class, dl.links.Scale.class, dl.links.Scale::provider),
        entry(LinkProvider.class, dl.links.ParameterLink.class, dl.links.ParameterLink::provider),
        entry(LinkProvider.class, dl.links.Highway.class, dl.links.Highway::provider),
        entry(LinkProvider.class, dl.links.Swish.class, dl.links.Swish::provider),
        entry(LinkProvider.class, dl.links.PReLU.class, dl.links.PReLU::provider),
        entry(LinkProvider.class, dl.links.Maxout.class, dl.links.Maxout::provider),
        entry(LinkProvider.class, dl.links.StatelessLSTM.class, dl.links.StatelessLSTM::provider),
        entry(LinkProvider.class, dl.links.LSTM.class, dl.links.LSTM::provider),
        entry(LinkProvider.class, dl.links.StatelessGRU.class, dl.links.StatelessGRU::provider),
        entry(LinkProvider.class, dl.links.StatefulGRU.class, dl.links.StatefulGRU::provider),
        entry(LinkProvider.class, dl.links.GRU.class, dl.links.GRU::provider),
        entry(LinkProvider.class, dl.links.ConvolutionND.class, dl.links.ConvolutionND::provider),
        entry(LinkProvider.class, dl.links.Convolution1D.class, dl.links.Convolution1D::provider),
        entry(LinkProvider.class, dl.links.Convolution2D.class, dl.links.Convolution2D::provider),
        entry(LinkProvider.class, dl.links.Convolution3D.class, dl.links.Convolution3D::provider),
        entry(
            LinkProvider.class, dl.links.DeconvolutionND.class, dl.links.DeconvolutionND::provider),
        entry(
            LinkProvider.class, dl.links.Deconvolution1D.class, dl.links.Deconvolution1D::provider),
        entry(
            LinkProvider.class, dl.links.Deconvolution2D.class, dl.links.Deconvolution2D::provider),
        entry(
            LinkProvider.class, dl.links.Deconvolution3D.class, dl.links.Deconvolution3D::provider),
        entry(
            LinkProvider.class,
            dl.links.DepthwiseConvolution2D.class,
            dl.links.DepthwiseConvolution2D::provider),
        entry(
            LinkProvider.class,
            dl.links.DilatedConvolution2D.class,
            dl.links.DilatedConvolution2D::provider),
        entry(LinkProvider.class, dl.links.EmbedID.class, dl.links.EmbedID::provider),
        entry(LinkProvider.class, dl.links.Bilinear.class, dl.links.Bilinear::provider),
        entry(
            LinkProvider.class,
            dl.links.BatchNormalization.class,
            dl.links.BatchNormalization::provider),
        entry(
            LinkProvider.class,
            dl.links.BatchRenormalization.class,
            dl.links.BatchRenormalization::provider),
        entry(
            LinkProvider.class,
            dl.links.GroupNormalization.class,
            dl.links.GroupNormalization::provider),
        entry(
            LinkProvider.class,
            dl.links.LayerNormalization.class,
            dl.links.LayerNormalization::provider),
        entry(LinkProvider.class, dl.links.NStepLSTM.class, dl.links.NStepLSTM::provider),
        entry(LinkProvider.class, dl.links.NStepBiLSTM.class, dl.links.NStepBiLSTM::provider),
        entry(LinkProvider.class, dl.links.NStepGRU.class, dl.links.NStepGRU::provider),
        entry(LinkProvider.class, dl.links.NStepBiGRU.class, dl.links.NStepBiGRU::provider),
        entry(LinkProvider.class, dl.links.NStepRNNTanh.class, dl.links.NStepRNNTanh::provider),
        entry(LinkProvider.class, dl.links.NStepRNNReLU.class, dl.links.NStepRNNReLU::provider),
        entry(LinkProvider.class, dl.links.NStepBiRNNTanh.class, dl.links.NStepBiRNNTanh::provider),
        entry(LinkProvider.class, dl.links.NStepBiRNNReLU.class, dl.links.NStepBiRNNReLU::provider),
        entry(
            LinkProvider.class,
            dl.links.MLPConvolution2D.class,
            dl.links.MLPConvolution2D::provider),
        entry(LinkProvider.class, dl.links.Inception.class, dl.links.Inception::provider));
  }
}
