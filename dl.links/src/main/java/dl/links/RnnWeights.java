package dl.links;

import dl.api.Initializer;
import dl.api.Link;
import dl.api.Parameter;
import dl.links.initializers.Normal;
import dl.links.initializers.Zero;

/**
 * The weights of one layer and direction of an n-step RNN, named as Chainer's ({@code w0, w1, ...,
 * b0, b1, ...}): {@code w_j (out, in_j)} with {@code in_j} the layer input for the first half and
 * {@code out} for the second; by default {@code Normal(√(1/in_j))} and zero biases.
 */
final class RnnWeights extends Link {
  final Parameter[] w;
  final Parameter[] b;
  private final int nWeights;
  private final int in;
  private final int out;
  private final Initializer initialW;
  private final Initializer initialBias;

  RnnWeights(int nWeights, int in, int out, Initializer initialW, Initializer initialBias) {
    this.nWeights = nWeights;
    this.in = in;
    this.out = out;
    this.initialW = initialW;
    this.initialBias = initialBias;
    w = new Parameter[nWeights];
    b = new Parameter[nWeights];
    for (int j = 0; j < nWeights; j++) {
      int wIn = j < nWeights / 2 ? in : out;
      Initializer wi = initialW == null ? new Normal(Math.sqrt(1.0 / wIn)) : initialW;
      w[j] = addParam("w" + j, new Parameter(wi, out, wIn));
    }
    for (int j = 0; j < nWeights; j++) {
      b[j] = addParam("b" + j, new Parameter(initialBias == null ? new Zero() : initialBias, out));
    }
  }

  @Override
  protected Link newLike() {
    return new RnnWeights(nWeights, in, out, initialW, initialBias);
  }
}
