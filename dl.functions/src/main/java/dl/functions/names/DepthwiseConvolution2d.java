package dl.functions.names;

import dl.api.Variable;
import dl.api.spi.FunctionProvider;
import dl.functions.F;
import dl.functions.internal.Opts;
import java.util.Map;

/**
 * Chainer's {@code depthwise_convolution_2d(x, W, b=None, stride=1, pad=0)}: inputs {@code x, W[,
 * b]} with {@code W (multiplier, C, kh, kw)}; options {@code stride} (1), {@code pad} (0).
 */
public final class DepthwiseConvolution2d implements FunctionProvider {
  private static final FunctionProvider IMPL =
      Opts.provider(
          "depthwise_convolution_2d",
          (o, in) ->
              new Variable[] {
                F.depthwiseConvolution2d(
                    in[0],
                    in[1],
                    in.length > 2 ? in[2] : null,
                    Opts.integer(o, "stride", 1),
                    Opts.integer(o, "pad", 0))
              });

  /** The registered provider. */
  public DepthwiseConvolution2d() {}

  @Override
  public String name() {
    return IMPL.name();
  }

  @Override
  public Variable[] apply(Map<String, Object> options, Variable... inputs) {
    Spatial.check(name(), 2, inputs);
    return IMPL.apply(options, inputs);
  }

  @Override
  public String toString() {
    return "function depthwise_convolution_2d";
  }
}
